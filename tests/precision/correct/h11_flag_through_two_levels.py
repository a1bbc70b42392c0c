"""A literal flag passed through an outer helper into the one that branches on it."""
import torch
import torch.nn as nn


def run(rnn, x, lstm):
    h = torch.zeros(1, x.size(1), rnn.hidden_size)
    if lstm:
        return rnn(x, (h, h))
    return rnn(x, h)


def encode(rnn, x, lstm=False):
    out, _ = run(rnn, x, lstm)
    return out[-1]


def probe():
    x = torch.randn(4, 2, 3)
    encode(nn.LSTM(3, 5), x, lstm=True)
    encode(nn.GRU(3, 5), x)
