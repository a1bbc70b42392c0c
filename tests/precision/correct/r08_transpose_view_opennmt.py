"""Directions joined by transpose/view/transpose: (2L, B, H) -> (L, B, 2H)."""
import torch
from torch import nn

L, H = 2, 5
enc = nn.LSTM(4, H, L, bidirectional=True)
dec = nn.LSTM(4, 2 * H, L)


def join(s):
    b = s.size(1)
    return s.transpose(0, 1).contiguous().view(b, L, 2 * H).transpose(0, 1).contiguous()


def probe():
    _, (h, c) = enc(torch.randn(6, 3, 4))
    out, _ = dec(torch.randn(2, 3, 4), (join(h), join(c)))
    assert out.shape == (2, 3, 10)
