"""A helper makes the initial state with a default batch argument the caller forgets to
pass."""
import torch
import torch.nn as nn


def zero_state(layers, hidden, batch=32):
    return torch.zeros(layers, batch, hidden)


class Tagger(nn.Module):
    def __init__(self, n_in=10, hidden=16, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)

    def forward(self, x):
        h0 = zero_state(self.layers, self.hidden)  # expect: LC009
        return self.gru(x, h0)[0]


def probe():
    Tagger()(torch.randn(8, 4, 10))
