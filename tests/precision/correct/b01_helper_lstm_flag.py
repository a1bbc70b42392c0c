"""A shared helper runs any layer; is_lstm decides whether the state is a pair."""
import torch
from torch import nn


def run(rnn, x, is_lstm=False, layers=1):
    h = torch.zeros(layers, x.size(1), rnn.hidden_size)
    if is_lstm:
        return rnn(x, (h, torch.zeros_like(h)))
    return rnn(x, h)


def probe():
    x = torch.randn(5, 3, 4)
    run(nn.GRU(4, 6), x)
    run(nn.LSTM(4, 6), x, is_lstm=True)
    run(nn.RNN(4, 6, 2), x, layers=2)
    run(nn.LSTM(4, 6, num_layers=3), x, True, 3)
