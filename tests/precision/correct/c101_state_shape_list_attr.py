"""The state's shape kept on self as a list and passed whole to new_zeros / torch.zeros."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        directions = 2 if bidirectional else 1
        self.hidden_shape = [layers * directions, 1, hidden]
        self.gru = nn.GRU(n_in, hidden, layers, bidirectional=bidirectional)

    def forward(self, x):
        shape = list(self.hidden_shape)
        shape[1] = x.size(1)
        h0 = x.new_zeros(shape)
        return self.gru(x, h0)[0]


def probe():
    for bidir in (True, False):
        out = Model(3, 4, 2, bidir)(torch.randn(6, 5, 3))
        assert out.shape == (6, 5, 8 if bidir else 4)
