"""A 2-layer bidirectional encoder's states summed over directions per layer for a 2-layer
one-way decoder."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, emb=4, hid=6, layers=2):
        super().__init__()
        self.layers, self.hid = layers, hid
        self.encoder = nn.GRU(emb, hid, layers, bidirectional=True)
        self.decoder = nn.GRU(emb, hid, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.view(self.layers, 2, src.size(1), self.hid).sum(1)
        return self.decoder(tgt, h)[0]


def probe():
    assert Seq2Seq()(torch.randn(5, 3, 4), torch.randn(2, 3, 4)).shape == (2, 3, 6)
