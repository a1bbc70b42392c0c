# expect: LC007 line 19
"""A plain hyperparameter object's method doubles the hidden size between building the layer
and building its head."""
import torch
import torch.nn as nn


class Hyper:
    def __init__(self):
        self.n_in, self.hidden = 6, 16

    def scale(self, factor):
        self.hidden *= factor


def build(hp):
    rnn = nn.LSTM(hp.n_in, hp.hidden)
    hp.scale(2)
    head = nn.Linear(hp.hidden, 1)  # fix: the layer's width, read before scale()
    return rnn, head


def probe():
    rnn, head = build(Hyper())
    head(rnn(torch.randn(3, 2, 6))[0])
