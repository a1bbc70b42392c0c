"""The enum value comes through a kwargs dict at the site."""
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, n_in=3, hidden=5, rnn="gru"):
        super().__init__()
        self.kind = rnn
        self.rnn = nn.LSTM(n_in, hidden) if rnn == "lstm" else nn.GRU(n_in, hidden)

    def forward(self, x):
        out, state = self.rnn(x)
        h = state[0] if self.kind == "lstm" else state
        return h[-1]


KW = {"rnn": "lstm", "hidden": 7}


def probe():
    assert Net(**KW)(torch.randn(4, 2, 3)).shape == (2, 7)
    assert Net()(torch.randn(4, 2, 3)).shape == (2, 5)
