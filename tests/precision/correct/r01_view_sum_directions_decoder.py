"""A bidirectional LSTM encoder of L layers; h and c viewed (L, 2, B, H) and summed for an
L-layer decoder of width H."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.LSTM(n_in, hidden, layers)

    def merge(self, s):
        L, B, H = self.layers, s.size(1), self.hidden
        return s.view(L, 2, B, H).sum(1)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        out, _ = self.decoder(tgt, (self.merge(h), self.merge(c)))
        return out


def probe():
    assert Seq2Seq(4, 6, 3)(torch.randn(7, 2, 4), torch.randn(5, 2, 4)).shape == (5, 2, 6)
