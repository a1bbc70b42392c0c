"""A bidirectional encoder's final state is folded for a one-direction decoder by summing the
two directions of each layer, giving (layers, batch, hidden)."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab=60, emb=16, hidden=20, layers=2):
        super().__init__()
        self.layers = layers
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(emb, hidden, layers)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, src, tgt):
        _, h = self.encoder(self.embed(src))
        h = h.view(self.layers, 2, src.size(1), -1).sum(dim=1)
        out, _ = self.decoder(self.embed(tgt), h)
        return self.out(out)


def probe():
    Seq2Seq()(torch.randint(0, 60, (7, 4)), torch.randint(0, 60, (5, 4)))
