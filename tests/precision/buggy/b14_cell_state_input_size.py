# expect: LC009 line 14
"""LSTMCell states made input_size wide instead of hidden_size (copy-paste)."""
import torch
import torch.nn as nn


class Unroll(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.input_size, self.hidden_size = input_size, hidden_size
        self.cell = nn.LSTMCell(input_size, hidden_size)

    def forward(self, x):
        h = torch.zeros(x.size(1), self.input_size)  # fix: self.hidden_size
        c = torch.zeros(x.size(1), self.hidden_size)
        for t in range(x.size(0)):
            h, c = self.cell(x[t], (h, c))
        return h


def probe():
    Unroll(input_size=3, hidden_size=7)(torch.randn(5, 2, 3))
