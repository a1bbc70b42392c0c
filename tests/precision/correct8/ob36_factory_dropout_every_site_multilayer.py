"""A factory passes dropout through; every call site builds two or more layers, so torch never
warns."""
import torch
import torch.nn as nn


def stacked_gru(n_in, hidden, layers, dropout):
    return nn.GRU(n_in, hidden, layers, dropout=dropout, batch_first=True)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = stacked_gru(16, 32, 2, 0.2)
        self.sent = stacked_gru(32, 32, 3, 0.3)

    def forward(self, x):
        return self.sent(self.word(x)[0])[0]


def probe():
    assert Model()(torch.randn(2, 5, 16)).shape == (2, 5, 32)
