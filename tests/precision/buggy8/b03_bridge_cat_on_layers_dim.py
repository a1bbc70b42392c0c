# expect: LC009 line 9
"""OpenNMT's bridge written with the wrong dim: cat(h[0::2], h[1::2], 0) stacks the directions
as more layers instead of joining their features for the 2H decoder."""
import torch
import torch.nn as nn


def fix_enc_hidden(h):
    return torch.cat([h[0::2], h[1::2]], 0)  # fix: join on dim 2


class Model(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(emb, hidden, layers, bidirectional=True)
        self.decoder = nn.LSTM(emb, 2 * hidden, layers)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        return self.decoder(tgt, (fix_enc_hidden(h), fix_enc_hidden(c)))[0]


def probe():
    Model(4, 6, 2)(torch.randn(5, 3, 4), torch.randn(2, 3, 4))
