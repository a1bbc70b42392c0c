"""A stack of LSTMCells whose widths shrink layer by layer; the states are one (h, c) pair per
layer in a list built from the same sizes list."""
import torch
import torch.nn as nn


class PyramidCells(nn.Module):
    def __init__(self, input_size, sizes):
        super().__init__()
        ins = [input_size] + sizes[:-1]
        self.cells = nn.ModuleList(nn.LSTMCell(i, h) for i, h in zip(ins, sizes))
        self.sizes = sizes

    def init_states(self, batch):
        return [(torch.zeros(batch, h), torch.zeros(batch, h)) for h in self.sizes]

    def forward(self, x):
        states = self.init_states(x.size(1))
        for t in range(x.size(0)):
            inp = x[t]
            for i, cell in enumerate(self.cells):
                states[i] = cell(inp, states[i])
                inp = states[i][0]
        return inp


def probe():
    model = PyramidCells(9, [32, 16, 8])
    assert model(torch.randn(5, 3, 9)).shape == (3, 8)
