"""A GRUCell unrolled by hand; states kept in a list and stacked at the end."""
import torch
import torch.nn as nn


class Unrolled(nn.Module):
    def __init__(self, n_in=4, hidden=7):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.hidden = hidden

    def forward(self, x, h=None):                # (B, T, n_in)
        h = x.new_zeros(x.size(0), self.hidden) if h is None else h
        states = []
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
            states.append(h)
        return torch.stack(states, dim=1), h


def probe():
    m = Unrolled()
    out, h = m(torch.randn(3, 6, 4))
    out, h = m(torch.randn(3, 2, 4), h)
    assert out.shape == (3, 2, 7)
