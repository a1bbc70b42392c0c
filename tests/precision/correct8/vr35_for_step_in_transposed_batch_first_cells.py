"""A batch-first sequence stepped with `for step in x.transpose(0, 1)` and `for step in
x.unbind(dim=1)`: each step is (B, F) for a GRUCell with (B, H) states."""
import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.GRUCell(n_in, hidden)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        for step in x.transpose(0, 1):
            h = self.cell(step, h)
        g = x.new_zeros(x.size(0), self.hidden)
        for step in x.unbind(dim=1):
            g = self.cell(step, g)
        return h + g


def probe():
    assert Stepper(3, 8)(torch.randn(5, 7, 3)).shape == (5, 8)
