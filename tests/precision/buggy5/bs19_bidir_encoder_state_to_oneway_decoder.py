# expect: LC009 line 17
"""A bidirectional encoder's state (2, B, H) handed straight to a one-way one-layer decoder."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, emb=5, hid=7):
        super().__init__()
        self.embed = nn.Embedding(20, emb)
        self.encoder = nn.GRU(emb, hid, bidirectional=True)
        self.decoder = nn.GRU(emb, hid)
        self.out = nn.Linear(hid, 20)

    def forward(self, src, tgt):
        _, hidden = self.encoder(self.embed(src))
        out, _ = self.decoder(self.embed(tgt), hidden)  # fix: hidden[-1:] or merge the directions
        return self.out(out)


def probe():
    Seq2Seq()(torch.randint(0, 20, (6, 3)), torch.randint(0, 20, (4, 3)))
