"""Truncated BPTT over chunks of a long sequence: the state returned is fed to the next chunk."""
import torch
from torch import nn

rnn = nn.LSTM(input_size=3, hidden_size=5, num_layers=2, batch_first=True)
head = nn.Linear(5, 1)


def run_long_sequence(series, chunk):
    state = None
    preds = []
    for piece in series.split(chunk, dim=1):
        out, state = rnn(piece, state)
        state = tuple(s.detach() for s in state)
        preds.append(head(out))
    return torch.cat(preds, dim=1)


def probe():
    assert run_long_sequence(torch.randn(2, 23, 3), chunk=5).shape == (2, 23, 1)
