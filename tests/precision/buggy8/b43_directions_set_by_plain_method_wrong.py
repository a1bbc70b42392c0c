# expect: LC009 line 16
"""A method with no torch name sets the direction count the state maker reads, to 1, for a
bidirectional layer."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.layers, self.hidden = layers, hidden
        self._configure()

    def _configure(self):
        self.num_directions = 1  # fix: 2, the layer is bidirectional

    def init_hidden(self, batch):
        return torch.zeros(self.layers * self.num_directions, batch, self.hidden)

    def forward(self, x):
        return self.rnn(x, self.init_hidden(x.size(1)))[0]


def probe():
    Encoder(4, 6, 2)(torch.randn(5, 3, 4))
