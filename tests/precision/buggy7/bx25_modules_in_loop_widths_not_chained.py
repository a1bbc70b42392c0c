# expect: LC008 line 12
"""Modules applied in a loop; the layer widths are not chained (the second takes the input width)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnns = nn.ModuleList([
            nn.GRU(n_in, hidden, batch_first=True),
            nn.GRU(n_in, hidden, batch_first=True),  # fix: nn.GRU(hidden, hidden, ...)
        ])

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return x


def probe():
    Encoder(6, 12)(torch.randn(2, 5, 6))
