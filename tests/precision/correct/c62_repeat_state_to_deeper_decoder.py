"""A one-layer encoder's final state repeated for every layer of a deeper decoder."""
import torch
from torch import nn


class Summarizer(nn.Module):
    def __init__(self, vocab, emb, hidden, dec_layers):
        super().__init__()
        self.dec_layers = dec_layers
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden)
        self.decoder = nn.GRU(emb, hidden, dec_layers)
        self.generator = nn.Linear(hidden, vocab)

    def forward(self, src, tgt):
        _, h = self.encoder(self.embed(src))          # (1, B, hidden)
        h = h.repeat(self.dec_layers, 1, 1)           # (dec_layers, B, hidden)
        out, _ = self.decoder(self.embed(tgt), h)
        return self.generator(out)


def probe():
    model = Summarizer(vocab=35, emb=6, hidden=9, dec_layers=3)
    assert model(torch.randint(0, 35, (8, 2)), torch.randint(0, 35, (4, 2))).shape == (4, 2, 35)
