"""A bidirectional layer written by hand with two LSTMCells in a ModuleDict, each direction
with its (h, c) tuple; outputs joined to 2*hidden."""
import torch
import torch.nn as nn


class HandBiLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.cells = nn.ModuleDict({"fwd": nn.LSTMCell(n_in, hidden),
                                    "bwd": nn.LSTMCell(n_in, hidden)})

    def run(self, cell, steps):
        hx = (steps[0].new_zeros(steps[0].size(0), self.hidden),) * 2
        outs = []
        for x in steps:
            hx = cell(x, hx)
            outs.append(hx[0])
        return outs

    def forward(self, seq):
        steps = list(seq.unbind(0))
        f = self.run(self.cells["fwd"], steps)
        b = self.run(self.cells["bwd"], steps[::-1])[::-1]
        return torch.stack([torch.cat(p, -1) for p in zip(f, b)])


def probe():
    result = HandBiLSTM(3, 5)(torch.randn(4, 2, 3)).shape
    assert result == (4, 2, 10)
