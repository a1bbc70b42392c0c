"""make_state(batch, bidirectional) builds states for either configuration."""
import torch
import torch.nn as nn

HIDDEN = 6


def make_state(batch, bidirectional, layers=1):
    return torch.zeros(layers * (2 if bidirectional else 1), batch, HIDDEN)


class Net(nn.Module):
    def __init__(self, bidirectional):
        super().__init__()
        self.bidirectional = bidirectional
        self.gru = nn.GRU(3, HIDDEN, 2, bidirectional=bidirectional)

    def forward(self, x):
        return self.gru(x, make_state(x.size(1), self.bidirectional, 2))[0]


def probe():
    x = torch.randn(4, 5, 3)
    assert Net(True)(x).shape == (4, 5, 12)
    assert Net(False)(x).shape == (4, 5, 6)
