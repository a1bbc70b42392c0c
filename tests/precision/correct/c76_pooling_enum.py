"""Sequence pooling chosen by name: last step, max, mean or attention; all give 2*hidden."""
import torch
from torch import nn


class PooledEncoder(nn.Module):
    def __init__(self, n_in, hidden, pooling="last"):
        super().__init__()
        self.pooling = pooling
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        if pooling == "attention":
            self.score = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        if self.pooling == "last":
            pooled = h[:, -1]
        elif self.pooling == "max":
            pooled = h.max(dim=1).values
        elif self.pooling == "mean":
            pooled = h.mean(dim=1)
        else:
            pooled = (torch.softmax(self.score(h), dim=1) * h).sum(dim=1)
        return self.out(pooled)


def probe():
    for pooling in ("last", "max", "mean", "attention"):
        assert PooledEncoder(3, 4, pooling)(torch.randn(2, 6, 3)).shape == (2, 1)
