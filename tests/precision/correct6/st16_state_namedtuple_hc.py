"""A NamedTuple state (h, c) passed straight to an LSTM, which takes any 2-tuple."""
from typing import NamedTuple

import torch
import torch.nn as nn


class State(NamedTuple):
    h: torch.Tensor
    c: torch.Tensor


class Tracker(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def initial(self, batch):
        z = torch.zeros(1, batch, self.lstm.hidden_size)
        return State(z, z.clone())

    def forward(self, x, state=None):
        state = self.initial(x.size(0)) if state is None else state
        out, (h, c) = self.lstm(x, state)
        return out, State(h, c)


def probe():
    t = Tracker()
    out, s = t(torch.randn(2, 4, 3))
    out, s = t(torch.randn(2, 4, 3), s)
    assert out.shape == (2, 4, 8) and s.h.shape == (1, 2, 8)
