"""Inside a product loop the dropout is rebound to 0 for one layer before the LSTM is built."""
import itertools

import torch
import torch.nn as nn


def probe():
    for layers, dropout in itertools.product([1, 2, 3], [0.1, 0.4]):
        if layers < 2:
            dropout = 0.0
        rnn = nn.LSTM(2, 3, layers, dropout=dropout)
        result = rnn(torch.randn(4, 1, 2))[0].shape
        assert result == (4, 1, 3)
