"""Stacked LSTMCells from a comprehension, stepped by hand with a state per layer."""
import torch
import torch.nn as nn


class CellStack(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.cells = nn.ModuleList([nn.LSTMCell(input_size if i == 0 else hidden_size, hidden_size)
                                    for i in range(num_layers)])
        self.hidden_size = hidden_size

    def forward(self, x):
        T, B, _ = x.shape
        states = [(x.new_zeros(B, self.hidden_size), x.new_zeros(B, self.hidden_size))
                  for _ in self.cells]
        outputs = []
        for t in range(T):
            inp = x[t]
            for i, cell in enumerate(self.cells):
                h, c = cell(inp, states[i])
                states[i] = (h, c)
                inp = h
            outputs.append(inp)
        return torch.stack(outputs)


def probe():
    assert CellStack(6, 10, 3)(torch.randn(5, 2, 6)).shape == (5, 2, 10)
