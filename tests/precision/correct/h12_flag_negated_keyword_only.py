"""A keyword-only flag tested negated: if not pair: one tensor."""
import torch
from torch import nn


def run(rnn, x, *, pair=False):
    h = torch.zeros(1, x.size(1), rnn.hidden_size)
    if not pair:
        return rnn(x, h)
    return rnn(x, (h, h))


def probe():
    x = torch.randn(4, 2, 3)
    run(nn.LSTM(3, 5), x, pair=True)
    run(nn.RNN(3, 5), x)
