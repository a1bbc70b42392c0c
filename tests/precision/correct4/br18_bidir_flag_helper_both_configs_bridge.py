"""A bridge that merges directions only when the encoder is bidirectional; both encoders
built, a one-way decoder of the same width."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        self.bidirectional, self.layers, self.hidden = bidirectional, layers, hidden
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=bidirectional)

    def forward(self, x):
        _, h = self.rnn(x)
        if self.bidirectional:
            h = h.view(self.layers, 2, -1, self.hidden).sum(dim=1)
        return h


decoder = nn.GRU(4, 6, 2)


def probe():
    for bidi in (False, True):
        h = Encoder(4, 6, 2, bidi)(torch.randn(5, 3, 4))
        result = decoder(torch.randn(2, 3, 4), h)[0].shape
        assert result == (2, 3, 6)
