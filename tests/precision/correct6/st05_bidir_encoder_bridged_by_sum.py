"""A bidirectional encoder's state bridged to a one-way decoder by summing the two directions."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=6, hidden=8, layers=2):
        super().__init__()
        self.layers = layers
        self.encoder = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(n_in, hidden, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)                             # (layers * 2, B, H)
        h = h.view(self.layers, 2, h.size(1), h.size(2)).sum(1)
        return self.decoder(tgt, h)[0]


def probe():
    out = Seq2Seq()(torch.randn(5, 3, 6), torch.randn(4, 3, 6))
    assert out.shape == (4, 3, 8)
