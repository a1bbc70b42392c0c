"""A highway-style gate computed from the input, projected to the GRU's width before the product."""
import torch
import torch.nn as nn


class Highway(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden)
        self.gate = nn.Linear(n_in, hidden)
        self.carry = nn.Linear(n_in, hidden)

    def forward(self, x):
        y, _ = self.rnn(x)
        g = torch.sigmoid(self.gate(x))
        return g * y + (1 - g) * self.carry(x)


def probe():
    assert Highway(5, 9)(torch.randn(4, 3, 5)).shape == (4, 3, 9)
