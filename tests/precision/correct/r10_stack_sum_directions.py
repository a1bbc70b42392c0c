"""Directions added with h[0::2] + h[1::2] for an L-layer decoder."""
import torch
from torch import nn

encoder = nn.GRU(3, 8, num_layers=2, bidirectional=True, batch_first=True)
decoder = nn.GRU(3, 8, num_layers=2, batch_first=True)


def probe():
    _, h = encoder(torch.randn(4, 6, 3))
    out, _ = decoder(torch.randn(4, 2, 3), h[0::2] + h[1::2])
    assert out.shape == (4, 2, 8)
