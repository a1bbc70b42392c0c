"""A state class with __iter__ so `h, c = state` unpacks it, and tuple(state) hands it on."""
import torch
import torch.nn as nn


class PairState:
    def __init__(self, h, c):
        self.h, self.c = h, c

    def __iter__(self):
        return iter((self.h, self.c))


lstm = nn.LSTM(2, 3)


def probe():
    state = PairState(torch.zeros(1, 4, 3), torch.zeros(1, 4, 3))
    out, (h, c) = lstm(torch.randn(5, 4, 2), tuple(state))
    state = PairState(h, c)
    h2, c2 = state
    assert out.shape == (5, 4, 3) and h2.shape == c2.shape == (1, 4, 3)
