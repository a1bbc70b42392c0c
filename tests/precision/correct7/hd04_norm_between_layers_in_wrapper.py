"""A wrapper applies LayerNorm and dropout around a bidirectional layer; the next layer takes 2H."""
import torch
import torch.nn as nn


class Normed(nn.Module):
    def __init__(self, rnn, width):
        super().__init__()
        self.rnn, self.norm, self.drop = rnn, nn.LayerNorm(width), nn.Dropout(0.1)

    def forward(self, x):
        return self.drop(self.norm(self.rnn(x)[0]))


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.first = Normed(nn.GRU(n_in, hidden, batch_first=True, bidirectional=True), 2 * hidden)
        self.second = Normed(nn.GRU(2 * hidden, hidden, batch_first=True), hidden)

    def forward(self, x):
        return self.second(self.first(x))


def probe():
    assert Model(3, 5)(torch.randn(2, 4, 3)).shape == (2, 4, 5)
