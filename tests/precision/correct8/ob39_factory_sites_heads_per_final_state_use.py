"""One factory, two sites: the bidirectional site's head reads both directions' final states
joined (2H), the one-way site's head reads h_n[-1] (H)."""
import torch
import torch.nn as nn


def encoder(n_in, hidden, bidirectional):
    return nn.GRU(n_in, hidden, num_layers=2, batch_first=True, bidirectional=bidirectional)


class Pair(nn.Module):
    def __init__(self):
        super().__init__()
        self.premise = encoder(8, 12, True)
        self.hypothesis = encoder(8, 20, False)
        self.p_head = nn.Linear(24, 16)
        self.h_head = nn.Linear(20, 16)

    def forward(self, p, h):
        _, hp = self.premise(p)
        _, hh = self.hypothesis(h)
        return (self.p_head(torch.cat([hp[-2], hp[-1]], -1)) * self.h_head(hh[-1])).sum(-1)


def probe():
    assert Pair()(torch.randn(3, 5, 8), torch.randn(3, 7, 8)).shape == (3,)
