"""One state class stores what it is given; the file builds it with a GRU's tensor for the GRU
and with an LSTM's pair for the LSTM."""
import torch
import torch.nn as nn


class Carry:
    def __init__(self, value):
        self.value = value


gru = nn.GRU(2, 4)
lstm = nn.LSTM(2, 4)


def probe():
    g = Carry(torch.zeros(1, 3, 4))
    l = Carry((torch.zeros(1, 3, 4), torch.zeros(1, 3, 4)))
    out_g, _ = gru(torch.randn(5, 3, 2), g.value)
    out_l, _ = lstm(torch.randn(5, 3, 2), l.value)
    assert out_g.shape == out_l.shape == (5, 3, 4)
