"""__init__ builds a one-way layer and a 2H head, then calls a method that replaces the layer
with a bidirectional one (a pretrained-upgrade pattern); the head fits the layer forward uses."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, n_tags, bidirectional=True):
        super().__init__()
        self.n_in, self.hidden = n_in, hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(2 * hidden, n_tags)
        if bidirectional:
            self.make_bidirectional()

    def make_bidirectional(self):
        self.rnn = nn.LSTM(self.n_in, self.hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    assert Tagger(5, 8, 3)(torch.randn(2, 6, 5)).shape == (2, 6, 3)
