"""A helper builds the initial state from the layer's own attributes; used with three layers."""
import torch
import torch.nn as nn


def zero_state(rnn, batch):
    directions = 2 if rnn.bidirectional else 1
    shape = (rnn.num_layers * directions, batch, rnn.hidden_size)
    if isinstance(rnn, nn.LSTM):
        return torch.zeros(shape), torch.zeros(shape)
    return torch.zeros(shape)


def run(rnn, x):
    batch = x.size(0) if rnn.batch_first else x.size(1)
    return rnn(x, zero_state(rnn, batch))[0]


def probe():
    a = run(nn.LSTM(3, 5, num_layers=2, bidirectional=True), torch.randn(6, 4, 3))
    b = run(nn.GRU(3, 7, batch_first=True), torch.randn(4, 6, 3))
    c = run(nn.RNN(3, 2, num_layers=3), torch.randn(6, 4, 3))
    assert a.shape == (6, 4, 10) and b.shape == (4, 6, 7) and c.shape == (6, 4, 2)
