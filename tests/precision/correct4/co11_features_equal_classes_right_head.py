"""Forecasting as many series as it reads: n_features == n_outputs == 7, the head maps hidden to
n_outputs and the LSTM reads n_features."""
import torch
import torch.nn as nn

n_features, n_outputs, hidden = 7, 7, 16


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def probe():
    y = Forecaster()(torch.randn(3, 12, n_features))
    assert y.shape == (3, n_outputs)
