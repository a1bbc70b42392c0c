"""zip(h[0::2], h[1::2]) pairs each layer's directions; a comprehension joins them and
torch.stack makes (L, B, 2H) for a 2H decoder."""
import torch
import torch.nn as nn

L, H = 3, 3
enc = nn.LSTM(2, H, L, bidirectional=True)
dec = nn.LSTM(2, 2 * H, L)

_, (h, c) = enc(torch.randn(4, 5, 2))
join = lambda s: torch.stack([torch.cat([f, b], -1) for f, b in zip(s[0::2], s[1::2])])
out, _ = dec(torch.randn(3, 5, 2), (join(h), join(c)))


def probe():
    assert out.shape == (3, 5, 2 * H)
