"""Outer(**cfg) forwards **kwargs to Inner, which reads them with .get; the defaults are not used."""
import torch
import torch.nn as nn


class Inner(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.rnn = nn.LSTM(kwargs.get("n_in", 100), kwargs.get("n_hidden", 100),
                           kwargs.get("n_layers", 1), batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Outer(nn.Module):
    def __init__(self, n_out=2, **kwargs):
        super().__init__()
        self.inner = Inner(**kwargs)
        self.head = nn.Linear(kwargs["n_hidden"], n_out)

    def forward(self, x):
        return self.head(self.inner(x))


CFG = {"n_in": 7, "n_hidden": 9, "n_layers": 2}


def probe():
    out = Outer(**CFG)(torch.randn(2, 3, 7))
    assert out.shape == (2, 3, 2)
