"""A two-layer encoder's final state is passed to a one-layer decoder."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2)

    def forward(self, x):
        return self.gru(x)[1]


class Decoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden)  # expect: LC009

    def forward(self, x, h):
        return self.gru(x, h)[0]


def probe():
    enc, dec = Encoder(4, 6), Decoder(4, 6)
    h = enc(torch.randn(5, 2, 4))
    dec(torch.randn(3, 2, 4), h)
