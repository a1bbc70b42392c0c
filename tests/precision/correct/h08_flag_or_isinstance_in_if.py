"""The helper's if tests the flag or the layer's type."""
import torch
import torch.nn as nn


def init_and_run(rnn, x, force_pair=False):
    h = torch.zeros(1, x.size(0), rnn.hidden_size)
    if force_pair or isinstance(rnn, nn.LSTM):
        state = (h, h)
    else:
        state = h
    return rnn(x, state)[0]


def probe():
    x = torch.randn(2, 5, 3)
    init_and_run(nn.LSTM(3, 4, batch_first=True), x)
    init_and_run(nn.GRU(3, 4, batch_first=True), x)
