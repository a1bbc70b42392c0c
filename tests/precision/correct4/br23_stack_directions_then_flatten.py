"""torch.stack of the two directions per layer then flatten(2): (L, B, 2H) for a 2H decoder."""
import torch
import torch.nn as nn

L, H = 2, 5
enc = nn.GRU(3, H, L, bidirectional=True)
dec = nn.GRU(3, 2 * H, L)


def probe():
    _, h = enc(torch.randn(6, 4, 3))
    h = torch.stack([h[0::2], h[1::2]], dim=2).flatten(2)
    result = dec(torch.randn(2, 4, 3), h)[0].shape
    assert result == (2, 4, 2 * H)
