# expect: LC009 line 8
"""A helper that names no layer makes the state shape with layers only, not directions."""
import torch
import torch.nn as nn


def state_shape(layers, bidirectional, batch, hidden):
    return (layers, batch, hidden)  # fix: layers * (2 if bidirectional else 1)


def probe():
    lstm = nn.LSTM(3, 5, 2, bidirectional=True)
    shape = state_shape(2, True, 6, 5)
    lstm(torch.randn(4, 6, 3), (torch.zeros(shape), torch.zeros(shape)))
