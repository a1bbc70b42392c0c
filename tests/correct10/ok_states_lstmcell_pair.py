"""An LSTMCell decoder is given a (h, c) pair, each (batch, hidden), built from an encoder's
final layer."""
import torch
import torch.nn as nn


class PointerDecoder(nn.Module):
    def __init__(self, n_in=6, hidden=18):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.cell = nn.LSTMCell(n_in, hidden)

    def forward(self, x, steps=3):
        _, (h, c) = self.encoder(x)
        h, c = h.squeeze(0), c.squeeze(0)
        inp = x[:, 0]
        for _ in range(steps):
            h, c = self.cell(inp, (h, c))
        return h


def probe():
    PointerDecoder()(torch.randn(4, 7, 6))
