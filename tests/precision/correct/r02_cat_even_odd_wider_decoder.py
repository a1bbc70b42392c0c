"""torch.cat([h[0::2], h[1::2]], 2) joins each layer's directions for a 2H-wide decoder."""
import torch
from torch import nn

enc = nn.GRU(8, 10, num_layers=2, bidirectional=True, batch_first=True)
dec = nn.GRU(8, 20, num_layers=2, batch_first=True)


def probe():
    _, h = enc(torch.randn(3, 9, 8))
    h = torch.cat([h[0::2], h[1::2]], 2)
    out, _ = dec(torch.randn(3, 4, 8), h)
    assert out.shape == (3, 4, 20)
