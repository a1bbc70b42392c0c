"""Hyper-parameter grid from itertools.product: dropout is passed only when num_layers > 1."""
import itertools

import torch
import torch.nn as nn

grid = itertools.product([1, 2, 3], [0.0, 0.3], [16, 32])


def build(num_layers, dropout, hidden):
    return nn.LSTM(8, hidden, num_layers, dropout=dropout if num_layers > 1 else 0.0,
                   batch_first=True)


def probe():
    for num_layers, dropout, hidden in grid:
        out, _ = build(num_layers, dropout, hidden)(torch.randn(2, 4, 8))
        assert out.shape == (2, 4, hidden)
