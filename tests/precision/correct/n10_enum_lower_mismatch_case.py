"""The site passes 'LSTM'; __init__ lowers it once and both methods compare the lowered value."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, cell="GRU"):
        super().__init__()
        self.cell = cell.lower()
        self.rnn = nn.LSTM(3, 4) if self.cell == "lstm" else nn.GRU(3, 4)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), 4)
        return self.rnn(x, (h, h) if self.cell == "lstm" else h)[0]


def probe():
    assert Model("LSTM")(torch.randn(5, 2, 3)).shape == (5, 2, 4)
    assert Model()(torch.randn(5, 2, 3)).shape == (5, 2, 4)
