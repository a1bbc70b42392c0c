"""The dropout is zeroed for a single layer with a multiplication by a comparison."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=10, hidden=20, layers=1, p=0.4):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, dropout=p * (layers > 1))

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Encoder()(torch.randn(3, 2, 10))
    Encoder(layers=2)(torch.randn(3, 2, 10))
