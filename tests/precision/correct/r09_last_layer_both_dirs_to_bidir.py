"""A deep bidirectional encoder's last layer (both directions) to a one-layer bidirectional decoder."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, layers=3, hidden=6):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.enc = nn.GRU(4, hidden, layers, bidirectional=True)
        self.dec = nn.GRU(4, hidden, bidirectional=True)

    def forward(self, src, tgt):
        _, h = self.enc(src)
        last = h.view(self.layers, 2, src.size(1), self.hidden)[-1]
        return self.dec(tgt, last)[0]


def probe():
    assert Model()(torch.randn(5, 2, 4), torch.randn(3, 2, 4)).shape == (3, 2, 12)
