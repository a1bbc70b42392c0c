# expect: LC008 line 11
"""The decoder's input size counts one direction of a bidirectional context."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, emb=5, hidden=7):
        super().__init__()
        self.encoder = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        in_size = emb + hidden  # fix: emb + 2 * hidden
        self.decoder = nn.GRU(in_size, hidden, batch_first=True)

    def forward(self, src, tgt):
        enc, _ = self.encoder(src)
        ctx = enc[:, -1:].expand(-1, tgt.size(1), -1)
        return self.decoder(torch.cat([tgt, ctx], 2))[0]


def probe():
    Model()(torch.randn(2, 6, 5), torch.randn(2, 3, 5))
