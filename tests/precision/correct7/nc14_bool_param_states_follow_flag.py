"""A bool parameter for bidirectional= with states sized by int(flag) + 1 and a head by the same:
right for both values."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional: bool):
        super().__init__()
        self.directions = int(bidirectional) + 1
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=bidirectional)
        self.head = nn.Linear(self.directions * hidden, 1)
        self.hidden, self.layers = hidden, layers

    def forward(self, x):
        h0 = x.new_zeros(self.layers * self.directions, x.size(1), self.hidden)
        return self.head(self.rnn(x, h0)[0])


def probe():
    for flag in (False, True):
        assert Model(3, 4, 2, flag)(torch.randn(5, 2, 3)).shape == (5, 2, 1)
