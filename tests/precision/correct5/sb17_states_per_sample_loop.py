"""Inference one sample at a time: each sample is unsqueezed to a batch of one and given
states of batch one."""
import torch
import torch.nn as nn

HIDDEN = 8
lstm = nn.LSTM(2, HIDDEN, batch_first=True)


def predict_all(samples):
    preds = []
    for sample in samples:  # sample: (L, 2)
        h = torch.zeros(1, 1, HIDDEN)
        c = torch.zeros(1, 1, HIDDEN)
        out, _ = lstm(sample.unsqueeze(0), (h, c))
        preds.append(out[0, -1])
    return torch.stack(preds)


def probe():
    predict_all(torch.randn(4, 10, 2))
