"""GRUCells appended in a loop: the first takes n_in, the others hidden; each step feeds the
previous cell's output to the next."""
import torch
import torch.nn as nn


class Stacked(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.cells = nn.ModuleList()
        self.cells.append(nn.GRUCell(n_in, hidden))
        for _ in range(layers - 1):
            self.cells.append(nn.GRUCell(hidden, hidden))

    def forward(self, x, hs):
        out = []
        for cell, h in zip(self.cells, hs):
            x = cell(x, h)
            out.append(x)
        return x, out


def probe():
    m = Stacked(3, 7, 3)
    hs = [torch.zeros(2, 7) for _ in range(3)]
    y, hs = m(torch.randn(2, 3), hs)
    y, hs = m(torch.randn(2, 3), hs)
    assert y.shape == (2, 7)
