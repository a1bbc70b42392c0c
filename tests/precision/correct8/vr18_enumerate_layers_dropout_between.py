"""Layers applied with enumerate, a dropout between all but the last; the widths chain from
the input to 2H for every bidirectional layer after the first."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, n_layers, p=0.3):
        super().__init__()
        self.rnns = nn.ModuleList([
            nn.GRU(n_in if i == 0 else hidden * 2, hidden, bidirectional=True)
            for i in range(n_layers)])
        self.drop = nn.Dropout(p)

    def forward(self, x):
        for i, rnn in enumerate(self.rnns):
            x, _ = rnn(x)
            if i < len(self.rnns) - 1:
                x = self.drop(x)
        return x


def probe():
    assert Encoder(3, 5, 3)(torch.randn(7, 2, 3)).shape == (7, 2, 10)
