# expect: LC006 line 10
"""A grid from itertools.product that builds one-layer LSTMs with dropout."""
import itertools

import torch
import torch.nn as nn


def build(num_layers, dropout):
    return nn.LSTM(4, 8, num_layers, dropout=dropout)  # fix: dropout=dropout if num_layers > 1 else 0


def probe():
    for num_layers, dropout in itertools.product([1, 2], [0.2, 0.5]):
        build(num_layers, dropout)(torch.randn(3, 2, 4))
