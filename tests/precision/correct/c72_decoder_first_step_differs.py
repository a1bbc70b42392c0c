"""Autoregressive decoder: at t == 0 it reads a learned start vector, later its own projected
output; both are out_dim wide."""
import torch
import torch.nn as nn


class AutoregressiveDecoder(nn.Module):
    def __init__(self, out_dim, hidden, steps):
        super().__init__()
        self.steps = steps
        self.start = nn.Parameter(torch.zeros(1, out_dim))
        self.cell = nn.LSTMCell(out_dim, hidden)
        self.proj = nn.Linear(hidden, out_dim)

    def forward(self, h, c):
        outputs = []
        for t in range(self.steps):
            if t == 0:
                inp = self.start.expand(h.size(0), -1)
            else:
                inp = outputs[-1]
            h, c = self.cell(inp, (h, c))
            outputs.append(self.proj(h))
        return torch.stack(outputs, dim=1)


def probe():
    dec = AutoregressiveDecoder(out_dim=3, hidden=8, steps=4)
    assert dec(torch.zeros(2, 8), torch.zeros(2, 8)).shape == (2, 4, 3)
