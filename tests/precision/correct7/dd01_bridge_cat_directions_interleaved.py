"""OpenNMT's bridge: a bidirectional encoder's states (2L, B, H) joined per layer with
cat(h[0::2], h[1::2], 2) for a one-way decoder of hidden 2H."""
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


def fix_enc_hidden(h):
    return torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2)


def probe():
    enc, dec = Encoder(6, 10, 2), Decoder(6, 20, 2)
    _, (h, c) = enc(torch.randn(7, 3, 6))
    out, _ = dec(torch.randn(4, 3, 6), (fix_enc_hidden(h), fix_enc_hidden(c)))
    assert out.shape == (4, 3, 20)
