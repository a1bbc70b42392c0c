"""A dataclass holds the state for either layer kind; as_input() gives the form each needs."""
from dataclasses import dataclass
from typing import Optional

import torch
import torch.nn as nn


@dataclass
class RNNState:
    h: torch.Tensor
    c: Optional[torch.Tensor] = None

    def as_input(self):
        return self.h if self.c is None else (self.h, self.c)

    @classmethod
    def from_output(cls, state):
        return cls(*state) if isinstance(state, tuple) else cls(state)


def run(layer, x, hidden, layers=1):
    h = torch.zeros(layers, x.size(1), hidden)
    state = RNNState(h, torch.zeros_like(h) if isinstance(layer, nn.LSTM) else None)
    out, new = layer(x, state.as_input())
    return out, RNNState.from_output(new)


def probe():
    for layer in (nn.LSTM(4, 6), nn.GRU(4, 6)):
        out, state = run(layer, torch.randn(5, 2, 4), 6)
        assert out.shape == (5, 2, 6) and state.h.shape == (1, 2, 6)
