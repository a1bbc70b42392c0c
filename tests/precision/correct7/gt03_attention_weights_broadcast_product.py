"""Attention weights (B, T, 1) times a bidirectional output (B, T, 2H), summed over time."""
import torch
import torch.nn as nn


class AttnPool(nn.Module):
    def __init__(self, n_in, hidden, classes):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(2 * hidden, classes)

    def forward(self, x):
        h, _ = self.rnn(x)
        w = torch.softmax(self.score(h), dim=1)
        return self.out((w * h).sum(dim=1))


def probe():
    assert AttnPool(4, 5, 3)(torch.randn(2, 7, 4)).shape == (2, 3)
