"""Sequence-first output: out[:, :, -1] takes the last feature of every step (a scalar series)
for a plot, not a step."""
import torch
import torch.nn as nn

rnn = nn.GRU(2, 6)


def last_unit_trace(x):
    out, _ = rnn(x)
    return out[:, :, -1]   # (L, B)


def probe():
    assert last_unit_trace(torch.randn(10, 3, 2)).shape == (10, 3)
