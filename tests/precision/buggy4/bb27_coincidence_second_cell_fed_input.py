# expect: LC008 line 25
"""The second GRUCell is fed the input instead of the first cell's output: runs only while
input_size == hidden_size (both 12 where the file builds it)."""
import json

import torch
import torch.nn as nn

INPUT_SIZE = 12
HIDDEN_SIZE = 12


class TwoCells(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.cell0 = nn.GRUCell(input_size, hidden_size)
        self.cell1 = nn.GRUCell(hidden_size, hidden_size)

    def forward(self, xs):
        h0 = xs.new_zeros(xs.size(1), self.hidden_size)
        h1 = xs.new_zeros(xs.size(1), self.hidden_size)
        for x in xs:
            h0 = self.cell0(x, h0)
            h1 = self.cell1(x, h1)  # fix: self.cell1(h0, h1)
        return h1


model = TwoCells(INPUT_SIZE, HIDDEN_SIZE)
model(torch.randn(4, 2, INPUT_SIZE))


def probe():
    n_in, hidden = json.loads("[5, 12]")
    TwoCells(n_in, hidden)(torch.randn(4, 2, n_in))
