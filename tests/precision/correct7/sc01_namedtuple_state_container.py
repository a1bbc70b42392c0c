"""An LSTM state kept in a NamedTuple and unpacked back into (h, c) for the layer."""
from typing import NamedTuple

import torch
import torch.nn as nn


class LSTMState(NamedTuple):
    h: torch.Tensor
    c: torch.Tensor


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)
        self.hidden, self.layers = hidden, layers

    def zero_state(self, batch):
        return LSTMState(torch.zeros(self.layers, batch, self.hidden), torch.zeros(self.layers, batch, self.hidden))

    def forward(self, x, state: LSTMState):
        out, (h, c) = self.lstm(x, (state.h, state.c))
        return out, LSTMState(h, c)


def probe():
    model = Model(3, 5, 2)
    state = model.zero_state(4)
    out, state = model(torch.randn(6, 4, 3), state)
    out, state = model(torch.randn(6, 4, 3), state)
    assert out.shape == (6, 4, 5) and state.h.shape == (2, 4, 5)
