"""A subclass sets self.n_features before calling the base __init__, which reads it."""
import torch
import torch.nn as nn


class Base(nn.Module):
    n_features = 1

    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(self.n_features, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Multivariate(Base):
    def __init__(self, n_features, hidden=10):
        self.n_features = n_features
        super().__init__(hidden)


def probe():
    out = Multivariate(6)(torch.randn(2, 3, 6))
    assert out.shape == (2, 3, 10)
    out = Base()(torch.randn(2, 3, 1))
    assert out.shape == (2, 3, 10)
