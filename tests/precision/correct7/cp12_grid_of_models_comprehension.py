"""A hyper-parameter grid: models built in a comprehension over (hidden, layers) pairs."""
import itertools

import torch
import torch.nn as nn


class Regressor(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True, dropout=0.1 if layers > 1 else 0.0)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def probe():
    grid = [Regressor(3, h, l) for h, l in itertools.product((8, 16), (1, 2))]
    x = torch.randn(4, 6, 3)
    for model in grid:
        assert model(x).shape == (4, 1)
