"""A method with no torch name in it sets the direction count the state maker reads; __init__
calls it after building a bidirectional layer."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.layers, self.hidden = layers, hidden
        self._configure(bidirectional=True)

    def _configure(self, bidirectional):
        self.num_directions = 2 if bidirectional else 1

    def init_hidden(self, batch):
        return torch.zeros(self.layers * self.num_directions, batch, self.hidden)

    def forward(self, x):
        return self.rnn(x, self.init_hidden(x.size(1)))[0]


def probe():
    assert Encoder(4, 6, 2)(torch.randn(5, 3, 4)).shape == (5, 3, 12)
