"""Layers of different widths written out in a list, run in a loop; widths chain."""
import torch
from torch import nn

layers = nn.ModuleList([nn.GRU(3, 8), nn.GRU(8, 16), nn.GRU(16, 4)])


def encode(x):
    for layer in layers:
        x, h = layer(x)
    return x, h


def probe():
    x, h = encode(torch.randn(7, 2, 3))
    assert x.shape == (7, 2, 4) and h.shape == (1, 2, 4)
