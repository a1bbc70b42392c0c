"""The constructor raises for dropout on a single layer; every call in the file passes >= 2."""
import torch
import torch.nn as nn


class StackedEncoder(nn.Module):
    def __init__(self, n_in, n_hid, num_layers, dropout):
        super().__init__()
        if num_layers < 2 and dropout > 0:
            raise ValueError("dropout between layers needs num_layers >= 2")
        self.rnn = nn.GRU(n_in, n_hid, num_layers, dropout=dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    StackedEncoder(3, 5, 2, 0.3)(torch.randn(4, 2, 3))
    StackedEncoder(3, 5, 1, 0.0)(torch.randn(4, 2, 3))
