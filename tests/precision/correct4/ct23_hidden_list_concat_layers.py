"""Per-layer LSTM states gathered in lists and joined with torch.cat on dim 0 to the
(layers, B, H) a stacked LSTM takes."""
import torch
import torch.nn as nn


class Joined(nn.Module):
    def __init__(self):
        super().__init__()
        self.parts = nn.ModuleList([nn.LSTM(4, 6), nn.LSTM(6, 6)])
        self.stacked = nn.LSTM(4, 6, num_layers=2)

    def forward(self, x):
        hs, cs = [], []
        y = x
        for p in self.parts:
            y, (h, c) = p(y)
            hs.append(h)
            cs.append(c)
        return self.stacked(x, (torch.cat(hs, 0), torch.cat(cs, 0)))[0]


def probe():
    result = Joined()(torch.randn(5, 3, 4)).shape
    assert result == (5, 3, 6)
