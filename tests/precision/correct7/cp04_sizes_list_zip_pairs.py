"""Layer widths from a list, zipped into (in, out) pairs for a stack of LSTMs."""
import torch
import torch.nn as nn


class Pyramid(nn.Module):
    def __init__(self, sizes=(12, 32, 16, 8)):
        super().__init__()
        self.stack = nn.ModuleList(nn.LSTM(a, b, batch_first=True) for a, b in zip(sizes[:-1], sizes[1:]))

    def forward(self, x):
        for layer in self.stack:
            x, _ = layer(x)
        return x


def probe():
    assert Pyramid()(torch.randn(3, 4, 12)).shape == (3, 4, 8)
    assert Pyramid([5, 6, 7])(torch.randn(3, 4, 5)).shape == (3, 4, 7)
