"""A while loop deepens the model; dropout is given only from two layers on."""
import torch
import torch.nn as nn


def probe():
    layers = 1
    while layers <= 3:
        rnn = nn.LSTM(3, 4, layers, dropout=0.2 if layers > 1 else 0.0)
        result = rnn(torch.randn(2, 2, 3))[1][0].shape
        assert result == (layers, 2, 4)
        layers += 1
