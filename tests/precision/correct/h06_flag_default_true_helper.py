"""A helper with a True default: callers turn it off only for the GRU."""
import torch
from torch import nn


def forward_rnn(rnn, x, hidden, with_cell=True):
    if with_cell:
        out, (h, c) = rnn(x, (hidden, torch.zeros_like(hidden)))
        return out, h
    out, h = rnn(x, hidden)
    return out, h


lstm = nn.LSTM(3, 5)
gru = nn.GRU(3, 5)


def probe():
    x, h = torch.randn(4, 2, 3), torch.zeros(1, 2, 5)
    forward_rnn(lstm, x, h)
    forward_rnn(gru, x, h, with_cell=False)
    forward_rnn(gru, x, h, False)
