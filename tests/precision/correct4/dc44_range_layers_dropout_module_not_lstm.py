"""A loop over range(1, 4) layer counts puts the dropout in an nn.Dropout after the LSTM, so a
one-layer LSTM has no dropout= at all."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, layers, p=0.3):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, layers, batch_first=True)
        self.drop = nn.Dropout(p)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.drop(self.lstm(x)[0][:, -1]))


def probe():
    for layers in range(1, 4):
        result = Net(layers)(torch.randn(2, 5, 3)).shape
        assert result == (2, 1)
