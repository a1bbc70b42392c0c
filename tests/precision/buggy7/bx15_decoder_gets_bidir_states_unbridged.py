# expect: LC009 line 27
"""A bidirectional encoder's states (2L, B, H) handed straight to a one-way decoder of L layers."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, layers, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)


class Decoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, layers)

    def forward(self, y, state):
        return self.rnn(y, state)


def run(enc, dec, src, tgt):
    _, state = enc(src)
    return dec(tgt, state)  # fix: bridge the directions: cat(h[0::2], h[1::2], 2) and a 2H decoder


def probe():
    run(Encoder(6, 10, 2), Decoder(6, 10, 2), torch.randn(7, 3, 6), torch.randn(4, 3, 6))
