"""`[first] + [rest for _ in range(n - 1)]`: the first layer takes the input width."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, in_dim, hidden, n):
        super().__init__()
        self.layers = nn.ModuleList([nn.GRU(in_dim, hidden)] + [nn.GRU(hidden, hidden) for _ in range(n - 1)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)[0]
        return x


def probe():
    assert Stack(5, 9, 3)(torch.randn(4, 2, 5)).shape == (4, 2, 9)
    assert Stack(5, 9, 1)(torch.randn(4, 2, 5)).shape == (4, 2, 9)
