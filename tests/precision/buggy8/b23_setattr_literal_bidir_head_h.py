# expect: LC007 line 11
"""Layers set by setattr under literal names; the bidirectional encoder's head reads H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        setattr(self, "encoder", nn.LSTM(n_in, hidden, bidirectional=True))
        setattr(self, "out", nn.Linear(hidden, 1))  # fix: nn.Linear(2 * hidden, 1)

    def forward(self, x):
        return self.out(self.encoder(x)[0])


def probe():
    Model(4, 7)(torch.randn(6, 2, 4))
