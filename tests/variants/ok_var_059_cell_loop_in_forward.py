# source: correct variant of bug_059 (a GRUCell stepped in forward's loop; the state sized from the input)
"""The loop route of var_059, written right: the hidden state has one row per input row."""
import torch
import torch.nn as nn


class Stepper(nn.Module):
    def __init__(self, input_size, hidden_size, batch_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.batch_size = batch_size
        self.cell = nn.GRUCell(input_size, hidden_size)

    def forward(self, xs):
        h = torch.zeros(xs.size(1), self.hidden_size)
        for t in range(xs.size(0)):
            h = self.cell(xs[t], h)
        return h


def probe():
    model = Stepper(3, 4, batch_size=2)
    model(torch.randn(7, 5, 3))


if __name__ == "__main__":
    probe()
