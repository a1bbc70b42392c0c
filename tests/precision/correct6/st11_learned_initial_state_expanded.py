"""A learned initial state parameter (layers * dirs, 1, H) expanded to the batch."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=5, hidden=7, layers=2, bidirectional=True):
        super().__init__()
        dirs = 2 if bidirectional else 1
        self.rnn = nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.h0 = nn.Parameter(torch.zeros(layers * dirs, 1, hidden))

    def forward(self, x):
        h0 = self.h0.expand(-1, x.size(0), -1).contiguous()
        return self.rnn(x, h0)[0]


def probe():
    out = Model()(torch.randn(3, 6, 5))
    assert out.shape == (3, 6, 14)
    out = Model(bidirectional=False)(torch.randn(3, 6, 5))
    assert out.shape == (3, 6, 7)
