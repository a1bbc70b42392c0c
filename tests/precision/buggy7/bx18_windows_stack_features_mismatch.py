# expect: LC008 line 14
"""Windows stacked from a comprehension of a 3-column series; the LSTM is built for 4 features."""
import torch
import torch.nn as nn


def make_windows(series, window):
    return torch.stack([series[i:i + window] for i in range(len(series) - window)])


class Forecaster(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)  # fix: 3 (the series' columns)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def probe():
    series = torch.randn(100, 3)
    Forecaster()(make_windows(series, 12))
