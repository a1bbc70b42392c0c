"""dropout scaled by min(1, num_layers - 1): zero exactly when there is one layer."""
import torch
import torch.nn as nn


def rnn(input_size, hidden, layers, p=0.3):
    return nn.LSTM(input_size, hidden, layers, dropout=p * min(1, layers - 1))


def probe():
    rnn(3, 4, 1)(torch.randn(2, 1, 3))
    rnn(3, 4, 2)(torch.randn(2, 1, 3))
