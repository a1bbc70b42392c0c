"""A bidirectional decoder takes a bidirectional encoder's state: both have 2 * layers rows."""
import torch
import torch.nn as nn


class Autoencoder(nn.Module):
    def __init__(self, n_in=6, hidden=8, layers=2):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.dec = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)

    def forward(self, x):
        _, state = self.enc(x)
        return self.dec(torch.zeros_like(x), state)[0]


def probe():
    Autoencoder()(torch.randn(3, 5, 6))
