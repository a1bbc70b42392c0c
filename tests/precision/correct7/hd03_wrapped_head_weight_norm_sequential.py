"""Heads wrapped: weight_norm(nn.Linear(2H, C)) and nn.Sequential(Dropout, Linear(2H, C))."""
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm


class Model(nn.Module):
    def __init__(self, n_in, hidden, classes):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head_a = weight_norm(nn.Linear(2 * hidden, classes))
        self.head_b = nn.Sequential(nn.Dropout(0.1), nn.Linear(2 * hidden, classes))

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head_a(out[:, -1]) + self.head_b(out[:, -1])


def probe():
    assert Model(3, 4, 5)(torch.randn(2, 6, 3)).shape == (2, 5)
