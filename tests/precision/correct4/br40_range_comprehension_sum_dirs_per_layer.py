"""[h[2 * i] + h[2 * i + 1] for i in range(L)]: each layer's two directions summed by a range
comprehension, stacked to (L, B, H) for an L-layer decoder."""
import torch
import torch.nn as nn

L, H = 2, 6
encoder = nn.GRU(4, H, L, bidirectional=True)
decoder = nn.GRU(4, H, L)

_, h = encoder(torch.randn(7, 3, 4))
h0 = torch.stack([h[2 * i] + h[2 * i + 1] for i in range(L)])
out, _ = decoder(torch.randn(2, 3, 4), h0)


def probe():
    assert out.shape == (2, 3, H)
