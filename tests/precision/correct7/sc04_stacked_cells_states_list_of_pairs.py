"""Two stacked LSTMCells with a list of (h, c) pairs, one per cell (not the whole stack's state)."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cells = nn.ModuleList([nn.LSTMCell(n_in, hidden), nn.LSTMCell(hidden, hidden)])
        self.hidden = hidden

    def forward(self, x):
        B = x.size(1)
        states = [(torch.zeros(B, self.hidden), torch.zeros(B, self.hidden)) for _ in self.cells]
        for t in range(x.size(0)):
            inp = x[t]
            for i, cell in enumerate(self.cells):
                states[i] = cell(inp, states[i])
                inp = states[i][0]
        return inp


def probe():
    assert Decoder(3, 7)(torch.randn(4, 2, 3)).shape == (2, 7)
