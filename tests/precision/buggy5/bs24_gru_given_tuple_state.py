# expect: LC009 line 13
"""A GRU handed an LSTM-style (h, c) tuple."""
import torch
import torch.nn as nn

gru = nn.GRU(4, 6, batch_first=True)


def run(x):
    b = x.size(0)
    h0 = torch.zeros(1, b, 6)
    c0 = torch.zeros(1, b, 6)
    return gru(x, (h0, c0))  # fix: gru(x, h0)


def probe():
    run(torch.randn(2, 3, 4))
