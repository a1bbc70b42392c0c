# expect: LC007 line 16
"""A module-level factory builds the layer; the one call site asks for a bidirectional
layer and the head is sized for one direction."""
import torch
import torch.nn as nn


def make_rnn(n_in, hidden, bidirectional=False):
    return nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = make_rnn(10, 32, bidirectional=True)
        self.head = nn.Linear(32, 2)  # fix: 64

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe():
    Model()(torch.randn(3, 5, 10))
