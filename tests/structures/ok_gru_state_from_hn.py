# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.encoder = nn.GRU(emb, hidden, layers)
        self.decoder = nn.GRU(emb, hidden, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        out, h = self.decoder(tgt, h)
        return out


def probe():
    Seq2Seq(8, 16, 2)(torch.zeros(5, 3, 8), torch.zeros(4, 3, 8))
