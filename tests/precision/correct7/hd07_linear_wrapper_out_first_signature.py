"""A file's Linear wrapper whose constructor takes (out_dim, in_dim), Tacotron-like but in the
other order; the bidirectional head is built out-first."""
import torch
import torch.nn as nn


class Dense(nn.Module):
    def __init__(self, out_dim, in_dim, bias=True):
        super().__init__()
        self.linear_layer = nn.Linear(in_dim, out_dim, bias=bias)
        nn.init.xavier_uniform_(self.linear_layer.weight)

    def forward(self, x):
        return self.linear_layer(x)


class Model(nn.Module):
    def __init__(self, n_in, hidden, classes):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = Dense(classes, 2 * hidden)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    assert Model(3, 5, 4)(torch.randn(2, 6, 3)).shape == (2, 6, 4)
