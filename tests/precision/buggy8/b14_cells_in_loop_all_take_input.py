# expect: LC008 line 12
"""A ModuleList of GRUCells built in a loop, every cell given the input width."""
import torch
import torch.nn as nn


class StackedCells(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.cells = nn.ModuleList()
        for layer in range(num_layers):
            self.cells.append(nn.GRUCell(input_size, hidden_size))  # fix: input_size if layer == 0 else hidden_size
        self.hidden_size = hidden_size

    def forward(self, x):
        hs = [x.new_zeros(x.size(1), self.hidden_size) for _ in self.cells]
        for x_t in x:
            for i, cell in enumerate(self.cells):
                hs[i] = cell(x_t, hs[i])
                x_t = hs[i]
        return hs[-1]


def probe():
    StackedCells(4, 10, 2)(torch.randn(3, 2, 4))
