"""An online model: the series viewed (steps, 1, F) for a seq-first GRU, one-row state."""
import torch
import torch.nn as nn


class Online(nn.Module):
    def __init__(self, steps, n_feat=3, hidden=7):
        super().__init__()
        self.steps, self.n_feat = steps, n_feat
        self.gru = nn.GRU(n_feat, hidden)
        self.h = torch.zeros(1, 1, hidden)

    def forward(self, series):
        out, self.h = self.gru(series.view(self.steps, 1, self.n_feat), self.h)
        return out


def probe():
    m = Online(9)
    assert m(torch.randn(9, 3)).shape == (9, 1, 7)
