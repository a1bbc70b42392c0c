"""A decoder GRU is fed the embedding joined with the context but sized for the embedding
alone."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab=20, emb=8, ctx=10, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden)  # expect: LC008

    def forward(self, tok, context):
        x = torch.cat([self.embed(tok), context], dim=2)
        return self.gru(x)[0]


def probe():
    Decoder()(torch.randint(0, 20, (1, 2)), torch.randn(1, 2, 10))
