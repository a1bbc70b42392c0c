"""A dataclass holds the recurrent state; `as_tuple()` gives the (h, c) pair torch takes and
`from_tuple` wraps what the layer returns."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class RecurrentState:
    h: torch.Tensor
    c: torch.Tensor

    @classmethod
    def zeros(cls, layers, batch, hidden):
        return cls(torch.zeros(layers, batch, hidden), torch.zeros(layers, batch, hidden))

    @classmethod
    def from_tuple(cls, pair):
        return cls(*pair)

    def as_tuple(self):
        return self.h, self.c

    def detach(self):
        return RecurrentState(self.h.detach(), self.c.detach())


def run(lstm, chunks):
    state = RecurrentState.zeros(lstm.num_layers, chunks[0].size(1), lstm.hidden_size)
    for chunk in chunks:
        out, pair = lstm(chunk, state.as_tuple())
        state = RecurrentState.from_tuple(pair).detach()
    return out, state


def probe():
    out, state = run(nn.LSTM(2, 5, 3), [torch.randn(4, 6, 2)] * 2)
    assert out.shape == (4, 6, 5) and state.h.shape == (3, 6, 5)
