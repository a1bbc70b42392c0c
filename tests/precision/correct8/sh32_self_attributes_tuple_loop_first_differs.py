"""Layers kept as separate attributes and walked in a tuple `(self.rnn1, self.rnn2, self.rnn3)`:
the first takes the input, the others 2H from the bidirectional layer before."""
import torch
import torch.nn as nn


class ThreeLayer(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn1 = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.rnn2 = nn.LSTM(2 * hidden, hidden, batch_first=True, bidirectional=True)
        self.rnn3 = nn.LSTM(2 * hidden, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        for rnn in (self.rnn1, self.rnn2, self.rnn3):
            x, _ = rnn(x)
        return x


def probe():
    assert ThreeLayer(5, 7)(torch.randn(2, 4, 5)).shape == (2, 4, 14)
