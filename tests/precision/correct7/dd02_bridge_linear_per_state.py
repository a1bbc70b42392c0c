"""A Linear bridge: each layer's two directions concatenated, then projected to the decoder's
hidden size with tanh."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, emb=8, enc_hid=10, dec_hid=16, layers=2):
        super().__init__()
        self.encoder = nn.GRU(emb, enc_hid, layers, bidirectional=True)
        self.bridge = nn.Linear(2 * enc_hid, dec_hid)
        self.decoder = nn.GRU(emb, dec_hid, layers)
        self.layers, self.enc_hid = layers, enc_hid

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.view(self.layers, 2, src.size(1), self.enc_hid)
        h = torch.cat([h[:, 0], h[:, 1]], dim=-1)
        h = torch.tanh(self.bridge(h))
        return self.decoder(tgt, h)[0]


def probe():
    out = Seq2Seq()(torch.randn(9, 4, 8), torch.randn(5, 4, 8))
    assert out.shape == (5, 4, 16)
