# torch: runs
# The stack's states, (layers, B, H), split into one row per one-layer LSTM; and a whole
# stack's state repeated for each of several full-depth LSTMs (an ensemble), which each take it.
import torch
from torch import nn


class SplitStack(nn.Module):
    def __init__(self, size=10, layers=3):
        super().__init__()
        self.lstms = nn.ModuleList([nn.LSTM(size, size) for _ in range(layers)])

    def forward(self, x, h, c):
        for lstm, h_i, c_i in zip(self.lstms, h.split(1, dim=0), c.split(1, dim=0)):
            x, _ = lstm(x, (h_i, c_i))
        return x


class Ensemble(nn.Module):
    def __init__(self, size=10, layers=2, members=3):
        super().__init__()
        self.members = nn.ModuleList([nn.GRU(size, size, layers) for _ in range(members)])

    def forward(self, x, h):
        starts = [h] * len(self.members)
        return [member(x, start)[0] for member, start in zip(self.members, starts)]


def probe():
    SplitStack()(torch.randn(5, 2, 10), torch.zeros(3, 2, 10), torch.zeros(3, 2, 10))
    Ensemble()(torch.randn(5, 2, 10), torch.zeros(2, 2, 10))
