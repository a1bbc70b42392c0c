"""Two stacked LSTMCells with their states in a list of (h, c) pairs."""
import torch
import torch.nn as nn


class TwoCell(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cells = nn.ModuleList([nn.LSTMCell(n_in, hidden), nn.LSTMCell(hidden, hidden)])
        self.hidden = hidden

    def forward(self, seq):  # seq: (T, B, n_in)
        states = [(seq.new_zeros(seq.size(1), self.hidden),) * 2 for _ in self.cells]
        outs = []
        for x in seq.unbind(0):
            for i, cell in enumerate(self.cells):
                h, c = cell(x, states[i])
                states[i] = (h, c)
                x = h
            outs.append(x)
        return torch.stack(outs)


def probe():
    result = TwoCell(3, 4)(torch.randn(6, 2, 3)).shape
    assert result == (6, 2, 4)
