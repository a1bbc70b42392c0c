"""A ModuleList of GRUCells built in a for loop (the first takes the input, the rest the
hidden width), stepped over time; the head reads the top cell's state."""
import torch
import torch.nn as nn


class StackedGRUCells(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, n_out):
        super().__init__()
        self.cells = nn.ModuleList()
        for layer in range(num_layers):
            size_in = input_size if layer == 0 else hidden_size
            self.cells.append(nn.GRUCell(size_in, hidden_size))
        self.head = nn.Linear(hidden_size, n_out)
        self.hidden_size = hidden_size

    def forward(self, x):
        hs = [x.new_zeros(x.size(1), self.hidden_size) for _ in self.cells]
        for x_t in x.unbind(0):
            for i, cell in enumerate(self.cells):
                hs[i] = cell(x_t, hs[i])
                x_t = hs[i]
        return self.head(hs[-1])


def probe():
    assert StackedGRUCells(4, 10, 3, 2)(torch.randn(6, 5, 4)).shape == (5, 2)
