"""A bridge method `self.bridge(h)`: the bidirectional encoder's rows paired per layer and
projected from 2H to the decoder's H by one Linear per state kind."""
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, enc_hidden, dec_hidden):
        super().__init__()
        self.h_proj = nn.Linear(2 * enc_hidden, dec_hidden)
        self.c_proj = nn.Linear(2 * enc_hidden, dec_hidden)

    @staticmethod
    def pair(state):
        return torch.cat([state[0::2], state[1::2]], dim=-1)

    def forward(self, h, c):
        return torch.tanh(self.h_proj(self.pair(h))), self.c_proj(self.pair(c))


class Model(nn.Module):
    def __init__(self, emb, enc_hidden, dec_hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(emb, enc_hidden, layers, bidirectional=True, batch_first=True)
        self.bridge = Bridge(enc_hidden, dec_hidden)
        self.decoder = nn.LSTM(emb, dec_hidden, layers, batch_first=True)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        out, _ = self.decoder(tgt, self.bridge(h, c))
        return out


def probe():
    model = Model(5, 8, 13, 2)
    assert model(torch.randn(4, 9, 5), torch.randn(4, 3, 5)).shape == (4, 3, 13)
