"""Inference on one sequence made batched: unsqueeze(1) to (L, 1, F), states (layers, 1, H)."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 6, 2)


def predict(seq):
    x = seq.unsqueeze(1)
    state = (torch.zeros(2, 1, 6), torch.zeros(2, 1, 6))
    out, _ = lstm(x, state)
    return out.squeeze(1)


def probe():
    result = predict(torch.randn(8, 3)).shape
    assert result == (8, 6)
