"""A state object stores (h,) and hands the GRU h through a method, unwrap()."""
import torch
import torch.nn as nn


class GRUState:
    def __init__(self, h):
        self.hidden = (h,)

    def unwrap(self):
        return self.hidden[0]


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 5)

    def forward(self, y, state):
        out, h = self.rnn(y, state.unwrap())
        return out, GRUState(h)


def probe():
    dec = Decoder()
    state = GRUState(torch.zeros(1, 2, 5))
    for _ in range(2):
        out, state = dec(torch.randn(1, 2, 3), state)
    assert out.shape == (1, 2, 5)
