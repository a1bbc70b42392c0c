# expect: LC009 line 17
"""Per-layer states for a stack of cells of shrinking widths, all built with the first
layer's width."""
import torch
import torch.nn as nn


class Pyramid(nn.Module):
    def __init__(self, n_in, sizes):
        super().__init__()
        ins = [n_in] + sizes[:-1]
        self.cells = nn.ModuleList(nn.LSTMCell(i, h) for i, h in zip(ins, sizes))
        self.sizes = sizes

    def forward(self, x):
        h = self.sizes[0]
        states = [(torch.zeros(x.size(1), h), torch.zeros(x.size(1), h)) for _ in self.sizes]  # fix: one width per layer, for h in self.sizes
        for t in range(x.size(0)):
            inp = x[t]
            for i, cell in enumerate(self.cells):
                states[i] = cell(inp, states[i])
                inp = states[i][0]
        return inp


def probe():
    Pyramid(5, [16, 8])(torch.randn(4, 2, 5))
