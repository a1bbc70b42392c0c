# expect: LC007 line 13
"""Layers imported under other names (from torch.nn import GRU as Recurrent); the head takes H."""
import torch
from torch.nn import GRU as Recurrent
from torch.nn import Linear as Dense
from torch.nn import Module


class Net(Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rec = Recurrent(n_in, hidden, bidirectional=True)
        self.dense = Dense(hidden, 1)  # fix: Dense(2 * hidden, 1)

    def forward(self, x):
        return self.dense(self.rec(x)[0])


def probe():
    Net(4, 3)(torch.randn(5, 2, 4))
