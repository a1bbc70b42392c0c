"""Stacked LSTMCells with one (h, c) pair per layer kept in a list."""
import torch
import torch.nn as nn


class StackedCells(nn.Module):
    def __init__(self, n_in=4, hidden=6, layers=3):
        super().__init__()
        self.cells = nn.ModuleList(nn.LSTMCell(n_in if i == 0 else hidden, hidden) for i in range(layers))
        self.hidden = hidden

    def forward(self, x):                        # (T, B, n_in)
        b = x.size(1)
        states = [(x.new_zeros(b, self.hidden), x.new_zeros(b, self.hidden)) for _ in self.cells]
        outs = []
        for t in range(x.size(0)):
            inp = x[t]
            for i, cell in enumerate(self.cells):
                states[i] = cell(inp, states[i])
                inp = states[i][0]
            outs.append(inp)
        return torch.stack(outs)


def probe():
    out = StackedCells()(torch.randn(5, 2, 4))
    assert out.shape == (5, 2, 6)
