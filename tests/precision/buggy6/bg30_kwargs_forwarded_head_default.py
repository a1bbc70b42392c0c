# expect: LC007 line 20
"""Outer forwards **kwargs to Inner (n_hidden=9); its head reads the default 100 with .get."""
import torch
import torch.nn as nn


class Inner(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.rnn = nn.LSTM(kwargs.get("n_in", 100), kwargs.get("n_hidden", 100), batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Outer(nn.Module):
    def __init__(self, n_out=2, **kwargs):
        super().__init__()
        self.inner = Inner(**kwargs)
        self.head = nn.Linear(kwargs.get("hidden", 100), n_out)  # fix: kwargs.get("n_hidden", 100)

    def forward(self, x):
        return self.head(self.inner(x))


def probe():
    Outer(n_in=7, n_hidden=9)(torch.randn(2, 3, 7))
