"""A loop over hidden sizes builds a model and its states with the loop's value each time."""
import torch
import torch.nn as nn


def probe():
    x = torch.randn(3, 7, 2)
    for hidden in (4, 8, 16):
        for bidirectional in (False, True):
            d = 2 if bidirectional else 1
            rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=bidirectional)
            h0 = torch.zeros(d, x.size(0), hidden)
            out, _ = rnn(x, h0)
            assert out.shape == (3, 7, d * hidden)
