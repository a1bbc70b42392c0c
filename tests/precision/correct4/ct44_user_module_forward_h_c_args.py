"""A user module whose forward takes h and c as two arguments and packs them for its LSTM:
the two-argument call is to the module, not to nn.LSTM."""
import torch
import torch.nn as nn


class Cell(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden)

    def forward(self, x, h, c):
        out, (h, c) = self.lstm(x, (h, c))
        return out, h, c


def probe():
    cell = Cell(3, 4)
    h, c = torch.zeros(1, 2, 4), torch.zeros(1, 2, 4)
    for _ in range(2):
        out, h, c = cell(torch.randn(1, 2, 3), h, c)
    assert out.shape == (1, 2, 4)
