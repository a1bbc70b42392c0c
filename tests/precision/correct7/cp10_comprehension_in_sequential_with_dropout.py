"""Per-layer dropout between one-layer GRUs from a comprehension (no dropout= on a single layer)."""
import torch
import torch.nn as nn


class GRUBlock(nn.Module):
    def __init__(self, n_in, n_hidden, p):
        super().__init__()
        self.gru = nn.GRU(n_in, n_hidden)
        self.drop = nn.Dropout(p)

    def forward(self, x):
        return self.drop(self.gru(x)[0])


class Net(nn.Module):
    def __init__(self, n_in=3, n_hidden=20, n_layers=3, p=0.25):
        super().__init__()
        self.body = nn.Sequential(*(GRUBlock(n_hidden if k else n_in, n_hidden, p) for k in range(n_layers)))
        self.head = nn.Linear(n_hidden, 1)

    def forward(self, x):
        return self.head(self.body(x)[-1])


def probe():
    assert Net()(torch.randn(8, 4, 3)).shape == (4, 1)
