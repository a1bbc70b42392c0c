"""Sizes in a NamedTuple with defaults; the site passes the ones that differ."""
from typing import NamedTuple

import torch
import torch.nn as nn


class Dims(NamedTuple):
    emb: int = 100
    hidden: int = 100
    layers: int = 1


class Decoder(nn.Module):
    def __init__(self, vocab, dims: Dims):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dims.emb)
        self.rnn = nn.LSTM(dims.emb, dims.hidden, dims.layers)
        self.out = nn.Linear(dims.hidden, vocab)
        self.dims = dims

    def forward(self, tokens):
        b = tokens.size(1)
        h = torch.zeros(self.dims.layers, b, self.dims.hidden)
        out, _ = self.rnn(self.embedding(tokens), (h, h))
        return self.out(out)


def probe():
    dims = Dims(emb=16, layers=2)
    out = Decoder(30, dims)(torch.randint(0, 30, (4, 3)))
    assert out.shape == (4, 3, 30)
