# expect: LC008 line 11
"""The second LSTM reads a bidirectional output (2*h1 features) but is built for h1."""
import torch
import torch.nn as nn


class Stacked(nn.Module):
    def __init__(self, n_in, h1, h2, n_out):
        super().__init__()
        self.lstm1 = nn.LSTM(n_in, h1, batch_first=True, bidirectional=True)
        self.lstm2 = nn.LSTM(h1, h2, batch_first=True)  # fix: 2 * h1
        self.fc = nn.Linear(h2, n_out)

    def forward(self, x):
        x, _ = self.lstm1(x)
        x, _ = self.lstm2(x)
        return self.fc(x[:, -1])


def probe():
    Stacked(n_in=5, h1=8, h2=6, n_out=2)(torch.randn(3, 4, 5))
