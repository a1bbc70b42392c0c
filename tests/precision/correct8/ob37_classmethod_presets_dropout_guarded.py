"""Classmethod presets call cls(...) with different layers and dropouts; __init__ passes
dropout only when layers > 1."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers, dropout):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, layers, dropout=dropout if layers > 1 else 0.0)

    @classmethod
    def tiny(cls, n_in):
        return cls(n_in, 8, 1, 0.5)

    @classmethod
    def big(cls, n_in):
        return cls(n_in, 64, 4, 0.3)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    x = torch.randn(3, 2, 6)
    assert Encoder.tiny(6)(x).shape == (3, 2, 8) and Encoder.big(6)(x).shape == (3, 2, 64)
