# source: a correct look-alike (torch runs it)
# torch: runs
import torch
import torch.nn as nn


class StackedCells(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.hidden_size = hidden_size
        self.cells = nn.ModuleList([nn.LSTMCell(input_size if i == 0 else hidden_size, hidden_size)
                                    for i in range(num_layers)])

    def forward(self, x):
        batch = x.size(1)
        h = [torch.zeros(batch, self.hidden_size) for _ in self.cells]
        c = [torch.zeros(batch, self.hidden_size) for _ in self.cells]
        for t in range(x.size(0)):
            step = x[t]
            for i, cell in enumerate(self.cells):
                h[i], c[i] = cell(step, (h[i], c[i]))
                step = h[i]
        return torch.stack(h)


def probe():
    StackedCells(8, 16, 2)(torch.zeros(5, 3, 8))
