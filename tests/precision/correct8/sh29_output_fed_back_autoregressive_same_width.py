"""An autoregressive decoder that feeds its own output back: nn.LSTM(hidden, hidden), started
from the encoder's last output of the same width."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, n_in, hidden, horizon):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.decoder = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.horizon = horizon

    def forward(self, x):
        out, state = self.encoder(x)
        y = out[:, -1:]
        preds = []
        for _ in range(self.horizon):
            y, state = self.decoder(y, state)
            preds.append(self.head(y))
        return torch.cat(preds, dim=1)


def probe():
    assert Forecaster(3, 16, 5)(torch.randn(4, 12, 3)).shape == (4, 5, 1)
