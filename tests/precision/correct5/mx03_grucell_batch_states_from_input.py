"""A GRUCell unrolled over a batch-first sequence; h made from x.size(0) each call."""
import torch
import torch.nn as nn


class Unrolled(nn.Module):
    def __init__(self, n_in, n_hid):
        super().__init__()
        self.cell = nn.GRUCell(n_in, n_hid)
        self.n_hid = n_hid

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.n_hid)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return h


def probe():
    m = Unrolled(3, 4)
    m(torch.randn(5, 6, 3))
    m(torch.randn(1, 6, 3))
