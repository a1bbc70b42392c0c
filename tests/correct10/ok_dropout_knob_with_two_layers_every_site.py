"""A dropout knob into num_layers=n_layers, and every site builds two or more layers."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, n_in, hidden, n_layers, rnn_dropout):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=n_layers, dropout=rnn_dropout,
                           bidirectional=True)
        self.out = nn.Linear(2 * hidden, 9)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    Tagger(12, 10, 2, 0.25)(torch.randn(5, 3, 12))
    Tagger(12, 10, 3, 0.1)(torch.randn(5, 3, 12))
