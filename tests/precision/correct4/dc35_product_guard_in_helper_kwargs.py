"""A helper builds the LSTM's kwargs and adds dropout only for several layers; a product grid
calls it."""
import itertools

import torch
import torch.nn as nn


def rnn_kwargs(layers, dropout, hidden):
    kw = {"input_size": 5, "hidden_size": hidden, "num_layers": layers}
    if layers > 1:
        kw["dropout"] = dropout
    return kw


def probe():
    for layers, dropout, hidden in itertools.product((1, 2), (0.1, 0.3), (4,)):
        rnn = nn.LSTM(**rnn_kwargs(layers, dropout, hidden))
        result = rnn(torch.randn(3, 2, 5))[0].shape
        assert result == (3, 2, hidden)
