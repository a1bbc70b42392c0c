# expect: LC009 line 15
"""A two-layer bidirectional encoder's h_n (4, B, H) handed to a two-layer one-way decoder."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=5, hidden=8, layers=2):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(n_in, hidden, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        return self.decoder(tgt, h)[0]  # fix: merge the directions, h.view(2, 2, -1, 8).sum(1)


def probe():
    Seq2Seq()(torch.randn(6, 3, 5), torch.randn(4, 3, 5))
