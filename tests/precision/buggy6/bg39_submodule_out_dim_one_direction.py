# expect: LC007 line 11
"""A sub-module's out_dim attribute forgets the second direction; the head is built from it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=100, hidden=100, bidirectional=False):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.out_dim = hidden  # fix: hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(8, 16, True)
        self.head = nn.Linear(self.encoder.out_dim, 2)

    def forward(self, x):
        return self.head(self.encoder(x))


def probe():
    Model()(torch.randn(2, 5, 8))
