# expect: LC008 line 10
"""`[first] + [rest ...]` where the rest are built with the input width too."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, in_dim, hidden, n):
        super().__init__()
        self.layers = nn.ModuleList([nn.GRU(in_dim, hidden)] + [nn.GRU(in_dim, hidden) for _ in range(n - 1)])  # fix: nn.GRU(hidden, hidden)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)[0]
        return x


def probe():
    Stack(5, 9, 3)(torch.randn(4, 2, 5))
