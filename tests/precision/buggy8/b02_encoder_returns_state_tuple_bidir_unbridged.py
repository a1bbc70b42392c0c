# expect: LC009 line 29
"""An encode() method returns (outputs, (h, c)) of a bidirectional encoder; the caller hands
the state to a one-way decoder of the same layer count."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, layers, bidirectional=True)

    def encode(self, src):
        outputs, (h, c) = self.rnn(src)
        return outputs, (h, c)


class Decoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(emb, hidden, layers)

    def forward(self, tgt, state):
        return self.rnn(tgt, state)[0]


def translate(enc, dec, src, tgt):
    _, state = enc.encode(src)
    return dec(tgt, state)  # fix: join the directions, cat(h[0::2], h[1::2], 2), for a 2H decoder


def probe():
    translate(Encoder(5, 8, 2), Decoder(5, 8, 2), torch.randn(6, 2, 5), torch.randn(3, 2, 5))
