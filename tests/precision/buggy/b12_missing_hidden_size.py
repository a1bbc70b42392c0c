# expect: LC001 line 10
"""hidden_size forgotten: the constructor raises TypeError."""
import torch
import torch.nn as nn


class Forecast(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_features, batch_first=True)  # fix: nn.LSTM(n_features, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def probe():
    Forecast(3, 16)(torch.randn(2, 5, 3))
