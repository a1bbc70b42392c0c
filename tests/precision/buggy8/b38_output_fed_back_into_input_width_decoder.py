# expect: LC008 line 12
"""An autoregressive decoder feeding its own output back, built with the data's width instead
of its hidden width."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_in, hidden, horizon):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.decoder = nn.LSTM(n_in, hidden, batch_first=True)  # fix: nn.LSTM(hidden, hidden, ...)
        self.horizon = horizon

    def forward(self, x):
        out, state = self.encoder(x)
        y = out[:, -1:]
        for _ in range(self.horizon):
            y, state = self.decoder(y, state)
        return y


def probe():
    Forecaster(3, 16, 4)(torch.randn(2, 10, 3))
