"""Unbatched bidirectional encoder: h (2, H) summed over directions to (1, H) for a one-layer
unbatched decoder."""
import torch
import torch.nn as nn

enc = nn.GRU(3, 5, bidirectional=True)
dec = nn.GRU(3, 5)


def probe():
    _, h = enc(torch.randn(6, 3))
    h = h.sum(0, keepdim=True)
    out, _ = dec(torch.randn(4, 3), h)
    assert out.shape == (4, 5)
