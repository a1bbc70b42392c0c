# expect: LC009 line 14
"""Stacked GRUCells whose per-layer states are made input_size wide instead of hidden."""
import torch
import torch.nn as nn


class DeepCell(nn.Module):
    def __init__(self, n_in, hidden, depth):
        super().__init__()
        self.n_in = n_in
        self.cells = nn.ModuleList([nn.GRUCell(n_in if i == 0 else hidden, hidden) for i in range(depth)])

    def forward(self, xs):
        hs = [torch.zeros(xs.size(1), self.n_in) for _ in self.cells]  # fix: cell.hidden_size
        for x in xs:
            for i, cell in enumerate(self.cells):
                hs[i] = cell(x, hs[i])
                x = hs[i]
        return hs[-1]


def probe():
    DeepCell(4, 6, 2)(torch.randn(3, 2, 4))
