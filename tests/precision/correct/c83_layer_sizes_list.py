"""Stacked GRUs of growing widths from a list of sizes; each reads the previous one's output."""
import torch
import torch.nn as nn


class Pyramid(nn.Module):
    def __init__(self, n_in, widths):
        super().__init__()
        sizes = [n_in] + list(widths)
        self.layers = nn.ModuleList(
            nn.GRU(sizes[i], sizes[i + 1], batch_first=True) for i in range(len(widths)))
        self.head = nn.Linear(sizes[-1], 1)

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return self.head(x[:, -1])


def probe():
    model = Pyramid(n_in=3, widths=[8, 16, 32])
    assert model(torch.randn(2, 5, 3)).shape == (2, 1)
