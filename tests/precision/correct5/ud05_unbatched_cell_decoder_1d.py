"""A GRUCell decoder on one sequence: 1-D inputs and a 1-D state."""
import torch
import torch.nn as nn


class CellDecoder(nn.Module):
    def __init__(self, n_in, n_hidden):
        super().__init__()
        self.cell = nn.GRUCell(n_in, n_hidden)
        self.readout = nn.Linear(n_hidden, n_in)

    def forward(self, first, steps):
        h = torch.zeros(self.cell.hidden_size)
        x = first
        outs = []
        for _ in range(steps):
            h = self.cell(x, h)
            x = self.readout(h)
            outs.append(x)
        return torch.stack(outs)


def probe():
    assert CellDecoder(3, 5)(torch.randn(3), 4).shape == (4, 3)
