"""A stack of GRUCells keeps one state per layer in a list; the first layer takes the input
width, the rest the hidden width."""
import torch
import torch.nn as nn


class StackedCells(nn.Module):
    def __init__(self, n_in=5, hidden=9, layers=3):
        super().__init__()
        self.cells = nn.ModuleList(
            [nn.GRUCell(n_in if i == 0 else hidden, hidden) for i in range(layers)])
        self.hidden = hidden

    def forward(self, seq):
        states = [seq.new_zeros(seq.size(1), self.hidden) for _ in self.cells]
        for x in seq:
            for i, cell in enumerate(self.cells):
                states[i] = cell(x, states[i])
                x = states[i]
        return x


def probe():
    StackedCells()(torch.randn(4, 2, 5))
