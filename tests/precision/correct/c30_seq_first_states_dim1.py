"""Sequence-first LSTM whose states take the batch from dim 1 of the input."""
import torch
from torch import nn


class SeqFirstLM(nn.Module):
    def __init__(self, n_tokens, emb, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.emb = nn.Embedding(n_tokens, emb)
        self.lstm = nn.LSTM(emb, hidden, layers, dropout=0.1)
        self.proj = nn.Linear(hidden, n_tokens)

    def forward(self, tokens):
        x = self.emb(tokens)  # (T, B, emb)
        h0 = x.new_zeros(self.layers, x.size(1), self.hidden)
        c0 = x.new_zeros(self.layers, x.size(1), self.hidden)
        out, _ = self.lstm(x, (h0, c0))
        return self.proj(out)


def probe():
    lm = SeqFirstLM(n_tokens=20, emb=6, hidden=8, layers=2)
    assert lm(torch.randint(0, 20, (9, 4))).shape == (9, 4, 20)
