"""A ModuleList filled by a loop over a list of widths: each GRU reads the previous one's width,
and the states kept per layer have each layer's own width."""
import torch
import torch.nn as nn


class Funnel(nn.Module):
    def __init__(self, n_in, widths=(32, 16, 8)):
        super().__init__()
        self.rnns = nn.ModuleList()
        for w in widths:
            self.rnns.append(nn.GRU(n_in, w, batch_first=True))
            n_in = w
        self.widths = widths

    def forward(self, x):
        hs = tuple(torch.zeros(1, x.size(0), w) for w in self.widths)
        for i in range(len(self.rnns)):
            x, _ = self.rnns[i](x, hs[i])
        return x


def probe():
    result = Funnel(5)(torch.randn(2, 4, 5)).shape
    assert result == (2, 4, 8)
