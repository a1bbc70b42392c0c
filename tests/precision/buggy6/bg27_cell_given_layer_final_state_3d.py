# expect: LC009 line 17
"""An LSTMCell decoder started from an nn.LSTM encoder's (1, B, H) state, one dim too many."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden)
        self.cell = nn.LSTMCell(n_in, hidden)

    def forward(self, src, steps=3):
        _, (h, c) = self.encoder(src)
        x = src[-1]
        for _ in range(steps):
            h, c = self.cell(x, (h, c))  # fix: (h[-1], c[-1]) before the loop
        return h


def probe():
    Model()(torch.randn(5, 2, 4))
