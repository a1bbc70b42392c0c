"""A ModuleList of one-layer LSTMs from a comprehension: the first takes the input width, the rest
the hidden width (AWD-LSTM style)."""
import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, ninp, nhid, nlayers):
        super().__init__()
        self.rnns = nn.ModuleList(
            [nn.LSTM(ninp if l == 0 else nhid, nhid, 1) for l in range(nlayers)])

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return x


def probe():
    assert StackedLSTM(7, 15, 3)(torch.randn(4, 2, 7)).shape == (4, 2, 15)
