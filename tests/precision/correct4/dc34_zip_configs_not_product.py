"""Configurations paired with zip (not a product): each one-layer entry has dropout 0."""
import torch
import torch.nn as nn

layer_counts = [1, 2, 3]
dropouts = [0.0, 0.2, 0.4]


def probe():
    for n_layers, p in zip(layer_counts, dropouts):
        rnn = nn.LSTM(3, 4, n_layers, dropout=p)
        result = rnn(torch.randn(2, 1, 3))[0].shape
        assert result == (2, 1, 4)
