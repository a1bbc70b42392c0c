"""Two stacked LSTMCells unrolled over time; the second cell reads the first cell's h."""
import torch
import torch.nn as nn


class CellStack(nn.Module):
    def __init__(self, n_in, h1, h2):
        super().__init__()
        self.h1, self.h2 = h1, h2
        self.cell1 = nn.LSTMCell(n_in, h1)
        self.cell2 = nn.LSTMCell(h1, h2)
        self.linear = nn.Linear(h2, 1)

    def forward(self, x, future=0):
        n = x.size(0)
        h_t = torch.zeros(n, self.h1, dtype=x.dtype)
        c_t = torch.zeros(n, self.h1, dtype=x.dtype)
        h_t2 = torch.zeros(n, self.h2, dtype=x.dtype)
        c_t2 = torch.zeros(n, self.h2, dtype=x.dtype)
        outputs = []
        for input_t in x.split(1, dim=1):
            h_t, c_t = self.cell1(input_t, (h_t, c_t))
            h_t2, c_t2 = self.cell2(h_t, (h_t2, c_t2))
            output = self.linear(h_t2)
            outputs.append(output)
        for _ in range(future):
            h_t, c_t = self.cell1(output, (h_t, c_t))
            h_t2, c_t2 = self.cell2(h_t, (h_t2, c_t2))
            output = self.linear(h_t2)
            outputs.append(output)
        return torch.cat(outputs, dim=1)


def probe():
    model = CellStack(n_in=1, h1=12, h2=7)
    assert model(torch.randn(3, 10), future=4).shape == (3, 14)
