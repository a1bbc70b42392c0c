# expect: LC009 line 18
"""A shared helper hands a pair only when is_lstm=True; the LSTM's caller forgets the flag."""
import torch
from torch import nn


def run(rnn, x, is_lstm=False):
    h = torch.zeros(1, x.size(1), rnn.hidden_size)
    if is_lstm:
        return rnn(x, (h, h))
    return rnn(x, h)


lstm = nn.LSTM(3, 5)


def probe():
    run(lstm, torch.randn(4, 2, 3))  # fix: is_lstm=True
