"""A one-way stack's final state viewed (layers, num_directions=1, B, H), a form shared with
the bidirectional configuration; the factory makes (layers, B, H)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=3, hid=4, layers=3, bidirectional=False):
        super().__init__()
        self.dirs = 2 if bidirectional else 1
        self.hid, self.layers = hid, layers
        self.rnn = nn.GRU(n_in, hid, layers, bidirectional=bidirectional)

    def init_hidden(self, batch):
        return torch.zeros(self.layers * self.dirs, batch, self.hid)

    def forward(self, x):
        _, h = self.rnn(x, self.init_hidden(x.size(1)))
        h = h.view(self.layers, self.dirs, x.size(1), self.hid)
        return h[-1].transpose(0, 1).reshape(x.size(1), -1)


def probe():
    assert Encoder()(torch.randn(5, 2, 3)).shape == (2, 4)
    assert Encoder(bidirectional=True)(torch.randn(5, 2, 3)).shape == (2, 8)
