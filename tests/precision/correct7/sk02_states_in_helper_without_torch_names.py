"""A helper that names no torch layer makes the state shape; another builds the states from it."""
import torch
import torch.nn as nn


def state_shape(layers, bidirectional, batch, hidden):
    return (layers * (2 if bidirectional else 1), batch, hidden)


def zeros_like_state(shape, kind):
    h = torch.zeros(shape)
    return (h, h.clone()) if kind == "lstm" else h


def probe():
    lstm = nn.LSTM(3, 5, 2, bidirectional=True)
    x = torch.randn(4, 6, 3)
    out, _ = lstm(x, zeros_like_state(state_shape(2, True, 6, 5), "lstm"))
    assert out.shape == (4, 6, 10)
