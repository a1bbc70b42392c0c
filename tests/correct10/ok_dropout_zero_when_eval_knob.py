"""A model built with n_layers=2 everywhere, and a separate inference copy with dropout=0."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, vocab, hidden, n_layers=2, dropout=0.1):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, n_layers, dropout=dropout)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tok, h=None):
        out, h = self.gru(self.embed(tok), h)
        return self.out(out), h


def probe():
    Decoder(40, 16)(torch.randint(0, 40, (3, 2)))
    Decoder(40, 16, dropout=0.0)(torch.randint(0, 40, (3, 2)))
