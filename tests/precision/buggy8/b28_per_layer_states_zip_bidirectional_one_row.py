# expect: LC009 line 16
"""Separate bidirectional GRUs each with its own state in a list; the states are built with
one row, not one per direction."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, n_in, hidden, depth):
        super().__init__()
        self.layers = nn.ModuleList(
            nn.GRU(n_in if i == 0 else 2 * hidden, hidden, bidirectional=True) for i in range(depth))
        self.hidden = hidden

    def zero_state(self, batch):
        return [torch.zeros(1, batch, self.hidden) for _ in self.layers]  # fix: torch.zeros(2, batch, self.hidden)

    def forward(self, x, states):
        for layer, h in zip(self.layers, states):
            x, h = layer(x, h)
        return x


def probe():
    stack = Stack(3, 6, 2)
    stack(torch.randn(5, 4, 3), stack.zero_state(4))
