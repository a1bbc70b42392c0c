# expect: LC009 line 8
"""Directions summed to H, but the decoder was sized for the joined 2H."""
import torch
from torch import nn

L, H = 2, 6
encoder = nn.LSTM(4, H, L, bidirectional=True)
decoder = nn.LSTM(4, 2 * H, L)  # fix: H, or join the directions with cat


def probe():
    _, (h, c) = encoder(torch.randn(5, 3, 4))
    h = h.view(L, 2, 3, H).sum(1)
    c = c.view(L, 2, 3, H).sum(1)
    decoder(torch.randn(2, 3, 4), (h, c))
