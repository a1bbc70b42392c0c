# expect: LC009 line 12
"""The bidirectional state reshaped to (layers, B, 2H); the decoder is built with hidden H."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=3, hidden=6, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(n_in, hidden, layers)  # fix: 2 * hidden

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        b = h.size(1)
        h = h.view(self.layers, 2, b, self.hidden).transpose(1, 2).reshape(self.layers, b, 2 * self.hidden)
        return self.decoder(tgt, h)[0]


def probe():
    Seq2Seq()(torch.randn(5, 2, 3), torch.randn(4, 2, 3))
