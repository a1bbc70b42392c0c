"""A ModuleList whose first layer is bidirectional and the rest one-way: the second takes the
first's 2H, later ones H."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, n_in, hidden, depth):
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(depth):
            if i == 0:
                self.layers.append(nn.LSTM(n_in, hidden, bidirectional=True))
            elif i == 1:
                self.layers.append(nn.LSTM(2 * hidden, hidden))
            else:
                self.layers.append(nn.LSTM(hidden, hidden))

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return x


def probe():
    result = Stack(3, 4, 4)(torch.randn(5, 2, 3)).shape
    assert result == (5, 2, 4)
