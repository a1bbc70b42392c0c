# expect: LC008 line 10
"""A ModuleList comprehension of LSTMs that gives every layer the input width."""
import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, ninp, nhid, nlayers):
        super().__init__()
        self.rnns = nn.ModuleList([nn.LSTM(ninp, nhid, 1) for l in range(nlayers)])  # fix: ninp if l == 0 else nhid

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return x


def probe():
    StackedLSTM(7, 15, 3)(torch.randn(4, 2, 7))
