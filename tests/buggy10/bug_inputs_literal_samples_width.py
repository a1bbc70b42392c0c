"""A literal dataset has two features per step; the model is built with input_size=1."""
import torch
import torch.nn as nn

samples = [[[1.0, 0.5], [2.0, 0.4], [3.0, 0.3]],
           [[0.0, 0.1], [1.0, 0.2], [2.0, 0.3]]]


class Model(nn.Module):
    def __init__(self, n_in=1, hidden=4):  # expect: LC008
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model()(torch.tensor(samples))
