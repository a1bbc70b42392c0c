"""Bidirectional encoder; the decoder's hidden is 2*enc_hid, its initial state is the
directions concatenated per layer."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, emb=5, enc_hid=6, layers=2):
        super().__init__()
        self.layers = layers
        self.encoder = nn.LSTM(emb, enc_hid, layers, bidirectional=True)
        self.dec_hid = 2 * enc_hid
        self.decoder = nn.LSTM(emb, self.dec_hid, layers)

    @staticmethod
    def _cat_directions(h):
        return torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        state = (self._cat_directions(h), self._cat_directions(c))
        return self.decoder(tgt, state)[0]


def probe():
    assert Seq2Seq()(torch.randn(7, 3, 5), torch.randn(4, 3, 5)).shape == (4, 3, 12)
