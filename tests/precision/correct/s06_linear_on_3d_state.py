"""A Linear over the (layers, B, 2H) joined directions keeps three dims: (layers, B, H)."""
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, hidden, layers):
        super().__init__()
        self.enc = nn.GRU(5, hidden, layers, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)
        self.dec = nn.GRU(5, hidden, layers)

    def forward(self, src, tgt):
        _, h = self.enc(src)
        h = torch.tanh(self.bridge(torch.cat([h[0::2], h[1::2]], dim=2)))
        return self.dec(tgt, h)[0]


def probe():
    assert Bridge(6, 2)(torch.randn(4, 3, 5), torch.randn(2, 3, 5)).shape == (2, 3, 6)
