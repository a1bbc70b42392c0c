"""A bidirectional 3-layer state viewed (L, 2, B, H), the last layer's directions summed and
unsqueezed to (1, B, H) for a one-layer decoder."""
import torch
import torch.nn as nn

L, H = 3, 4
encoder = nn.LSTM(2, H, L, bidirectional=True)
decoder = nn.LSTM(2, H)

src = torch.randn(5, 3, 2)
_, (h, c) = encoder(src)
h0 = h.view(L, 2, src.size(1), H)[-1].sum(0).unsqueeze(0)
c0 = c.view(L, 2, src.size(1), H)[-1].sum(0).unsqueeze(0)
out, _ = decoder(torch.randn(4, 3, 2), (h0, c0))


def probe():
    assert out.shape == (4, 3, H)
