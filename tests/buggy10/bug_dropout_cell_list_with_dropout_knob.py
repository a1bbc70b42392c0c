"""A helper that returns an RNN forwards a dropout knob with its layer count fixed at 1."""
import torch
import torch.nn as nn


def recurrent(kind, n_in, hidden, dropout):
    return getattr(nn, kind)(n_in, hidden, 1, dropout=dropout)  # expect: LC006


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = recurrent("GRU", 5, 10, dropout=0.1)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model()(torch.randn(3, 2, 5))
