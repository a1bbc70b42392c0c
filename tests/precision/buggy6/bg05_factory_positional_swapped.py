# expect: LC003 line 14
"""A factory takes (input_size, hidden_size) but the caller passes hidden first."""
import torch
import torch.nn as nn


def make_rnn(input_size, hidden_size, num_layers=1):
    return nn.LSTM(input_size, hidden_size, num_layers, batch_first=True)


class Model(nn.Module):
    def __init__(self, n_features=5, hidden=24):
        super().__init__()
        self.rnn = make_rnn(hidden, n_features)  # fix: make_rnn(n_features, hidden)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model()(torch.randn(2, 7, 5))
