# expect: LC009 line 23
"""An LSTM-style (h, c) NamedTuple state handed to a GRU as a tuple."""
from typing import NamedTuple

import torch
import torch.nn as nn


class State(NamedTuple):
    h: torch.Tensor
    c: torch.Tensor


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden)
        self.hidden = hidden

    def forward(self, x):
        B = x.size(1)
        state = State(torch.zeros(1, B, self.hidden), torch.zeros(1, B, self.hidden))
        out, _ = self.rnn(x, (state.h, state.c))  # fix: self.rnn(x, state.h)
        return out


def probe():
    Model(3, 5)(torch.randn(4, 2, 3))
