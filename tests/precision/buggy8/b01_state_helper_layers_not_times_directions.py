# expect: LC009 line 18
"""A module-level state helper given the layer count only, for a bidirectional LSTM."""
import torch
import torch.nn as nn


def zero_state(rows, batch, hidden):
    return torch.zeros(rows, batch, hidden), torch.zeros(rows, batch, hidden)


class Tagger(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(emb, hidden, layers, batch_first=True, bidirectional=True)
        self.hidden, self.layers = hidden, layers

    def forward(self, x):
        state = zero_state(self.layers, x.size(0), self.hidden)  # fix: self.layers * 2
        return self.lstm(x, state)[0]


def probe():
    Tagger(6, 8, 2)(torch.randn(3, 5, 6))
