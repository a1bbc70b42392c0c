"""A Linear wrapper that builds nn.Linear(in_dim, out_dim) when in_dim is given, else LazyLinear."""
import torch
import torch.nn as nn


class Projection(nn.Module):
    def __init__(self, out_dim, in_dim=None):
        super().__init__()
        self.proj = nn.LazyLinear(out_dim) if in_dim is None else nn.Linear(in_dim, out_dim)

    def forward(self, x):
        return self.proj(x)


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = Projection(1)
        self.aux = Projection(2, 2 * hidden)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out), self.aux(out)


def probe():
    a, b = Model(3, 4)(torch.randn(2, 5, 3))
    assert a.shape == (2, 5, 1) and b.shape == (2, 5, 2)
