"""Parallel LSTMCells appended in a loop, each fed the same input (not a stack): every cell
takes n_in."""
import torch
import torch.nn as nn


class Heads(nn.Module):
    def __init__(self, n_in, hidden, k):
        super().__init__()
        self.cells = nn.ModuleList()
        for _ in range(k):
            self.cells.append(nn.LSTMCell(n_in, hidden))

    def forward(self, x):
        outs = []
        for cell in self.cells:
            h, c = cell(x)
            outs.append(h)
        return torch.stack(outs, 1)


y = Heads(5, 3, 4)(torch.randn(2, 5))


def probe():
    assert y.shape == (2, 4, 3)
