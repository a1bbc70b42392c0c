# expect: LC007 line 15
"""The widths come from a helper that names no torch object; the head ignores the two directions."""
import torch
import torch.nn as nn


def hidden_units(base=16, factor=2):
    return base * factor


class Model(nn.Module):
    def __init__(self, n_in):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden_units(), bidirectional=True, batch_first=True)
        self.head = nn.Linear(hidden_units(), 1)  # fix: 2 * hidden_units()

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    Model(3)(torch.randn(2, 4, 3))
