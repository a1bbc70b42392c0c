"""h.view(num_layers, num_directions, B, H) written generally and run with a one-way GRU
(num_directions == 1): the view holds exactly the state."""
import torch
import torch.nn as nn


class Enc(nn.Module):
    def __init__(self, layers=2, hidden=5, bidirectional=False):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.dirs = 2 if bidirectional else 1
        self.rnn = nn.GRU(3, hidden, layers, bidirectional=bidirectional)

    def forward(self, x):
        _, h = self.rnn(x)
        h = h.view(self.layers, self.dirs, x.size(1), self.hidden)
        return h[-1].sum(0)


def probe():
    result = Enc()(torch.randn(4, 3, 3)).shape
    assert result == (3, 5)
    result = Enc(bidirectional=True)(torch.randn(4, 3, 3)).shape
    assert result == (3, 5)
