# expect: LC009 line 24
"""A state object's (h, c) pair handed to a GRU, which takes one tensor."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class State:
    h: torch.Tensor
    c: torch.Tensor


class Decoder(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden)
        self.hidden = hidden

    def forward(self, x):
        z = torch.zeros(1, x.size(1), self.hidden)
        state = State(z, z.clone())
        return self.rnn(x, (state.h, state.c))[0]  # fix: self.rnn(x, state.h)


def probe():
    Decoder()(torch.randn(3, 2, 4))
