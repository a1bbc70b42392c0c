"""Conv1d output (batch, channels, time) is fed to a batch_first LSTM without moving the
channels last."""
import torch
import torch.nn as nn


class ConvRNN(nn.Module):
    def __init__(self, n_in=4, channels=16, hidden=10):
        super().__init__()
        self.conv = nn.Conv1d(n_in, channels, 3, padding=1)
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)

    def forward(self, x):
        feats = self.conv(x)
        return self.lstm(feats)[0]  # expect: LC008


def probe():
    ConvRNN()(torch.randn(2, 4, 30))
