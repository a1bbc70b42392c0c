"""A hyper-parameter grid: dropout is zeroed for one-layer trials before the model is built."""
import itertools

import torch
import torch.nn as nn


def build(layers, dropout, hidden):
    if layers == 1:
        dropout = 0.0
    return nn.LSTM(6, hidden, layers, dropout=dropout, batch_first=True)


def probe():
    for layers, dropout, hidden in itertools.product([1, 2], [0.0, 0.4], [8]):
        build(layers, dropout, hidden)(torch.randn(2, 3, 6))
