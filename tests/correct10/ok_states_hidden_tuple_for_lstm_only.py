"""A decoder built on LSTM gets an (h, c) tuple; the GRU variant of the same project gets h."""
import torch
import torch.nn as nn


class LSTMDecoder(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden)

    def forward(self, x, h, c):
        return self.rnn(x, (h, c))


class GRUDecoder(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden)

    def forward(self, x, h):
        return self.rnn(x, h)


def probe():
    h = torch.zeros(1, 2, 8)
    LSTMDecoder()(torch.randn(3, 2, 6), h, torch.zeros_like(h))
    GRUDecoder()(torch.randn(3, 2, 6), h)
