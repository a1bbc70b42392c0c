"""A small hyper-parameter search over layers in {2, 3} and dropouts: every trial has at
least two layers."""
import itertools
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, layers, dropout):
        super().__init__()
        self.rnn = nn.GRU(4, 8, num_layers=layers, dropout=dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    for layers, dropout in itertools.product([2, 3], [0.1, 0.3]):
        Net(layers, dropout)(torch.randn(3, 2, 4))
