"""GNMT-like stack: a projection to the hidden width first, then a comprehension of same-width
layers with residual adds."""
import torch
import torch.nn as nn


class ResidualStack(nn.Module):
    def __init__(self, emb, hidden, depth):
        super().__init__()
        self.inp = nn.Linear(emb, hidden)
        self.rnns = nn.ModuleList([nn.LSTM(hidden, hidden) for _ in range(depth)])

    def forward(self, x):
        x = self.inp(x)
        for rnn in self.rnns:
            y, _ = rnn(x)
            x = x + y
        return x


def probe():
    assert ResidualStack(5, 12, 4)(torch.randn(6, 3, 5)).shape == (6, 3, 12)
