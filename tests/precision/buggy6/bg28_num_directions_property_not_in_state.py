# expect: LC009 line 18
"""num_directions is a property, but the states are made without it."""
import torch
import torch.nn as nn


class BiTagger(nn.Module):
    def __init__(self, n_in=5, n_hidden=6, n_layers=2):
        super().__init__()
        self.rnn = nn.LSTM(n_in, n_hidden, n_layers, bidirectional=True)
        self.n_hidden, self.n_layers = n_hidden, n_layers

    @property
    def num_directions(self):
        return 2 if self.rnn.bidirectional else 1

    def forward(self, x):
        h0 = torch.zeros(self.n_layers, x.size(1), self.n_hidden)  # fix: n_layers * num_directions
        return self.rnn(x, (h0, h0))[0]


def probe():
    BiTagger()(torch.randn(7, 3, 5))
