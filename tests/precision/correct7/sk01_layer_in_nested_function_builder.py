"""The layer is built in a closure inside a builder; the head is sized from the same options."""
import torch
import torch.nn as nn


def builder(bidirectional):
    def make(n_in, hidden):
        rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        head = nn.Linear(hidden * (2 if bidirectional else 1), 1)
        return rnn, head
    return make


def probe():
    for bidir in (False, True):
        rnn, head = builder(bidir)(3, 4)
        out, _ = rnn(torch.randn(2, 5, 3))
        assert head(out).shape == (2, 5, 1)
