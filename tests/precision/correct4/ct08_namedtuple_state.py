"""A NamedTuple of (h, c) handed straight to an LSTM: a tuple subclass, which torch takes."""
from typing import NamedTuple

import torch
import torch.nn as nn


class LSTMState(NamedTuple):
    h: torch.Tensor
    c: torch.Tensor


lstm = nn.LSTM(6, 10, num_layers=2)


def run(x, state: LSTMState):
    out, (h, c) = lstm(x, state)
    return out, LSTMState(h, c)


def probe():
    s = LSTMState(torch.zeros(2, 3, 10), torch.zeros(2, 3, 10))
    out, s = run(torch.randn(5, 3, 6), s)
    out, s = run(torch.randn(5, 3, 6), s)
    assert out.shape == (5, 3, 10) and s.c.shape == (2, 3, 10)
