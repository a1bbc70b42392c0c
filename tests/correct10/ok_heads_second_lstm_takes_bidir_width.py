"""A second LSTM stacked on a bidirectional one takes 2 * hidden inputs."""
import torch
import torch.nn as nn


class TwoStage(nn.Module):
    def __init__(self, n_in=9, h1=12, h2=7):
        super().__init__()
        self.first = nn.LSTM(n_in, h1, bidirectional=True)
        self.second = nn.LSTM(2 * h1, h2)
        self.fc = nn.Linear(h2, 1)

    def forward(self, x):
        x, _ = self.first(x)
        x, _ = self.second(x)
        return self.fc(x[-1])


def probe():
    TwoStage()(torch.randn(5, 3, 9))
