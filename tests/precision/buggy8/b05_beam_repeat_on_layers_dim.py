# expect: LC009 line 15
"""Beam search: the encoder state repeated along the layers dim instead of the batch dim."""
import torch
import torch.nn as nn


class Translator(nn.Module):
    def __init__(self, emb, hidden, layers=2):
        super().__init__()
        self.encoder = nn.GRU(emb, hidden, layers)
        self.decoder = nn.GRU(emb, hidden, layers)

    def first_step(self, src, beam):
        _, h = self.encoder(src)
        h = h.repeat(beam, 1, 1)  # fix: h.repeat(1, beam, 1)
        y = torch.zeros(1, src.size(1) * beam, src.size(2))
        return self.decoder(y, h)[0]


def probe():
    Translator(4, 8).first_step(torch.randn(5, 3, 4), beam=2)
