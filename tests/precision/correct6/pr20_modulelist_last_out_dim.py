"""A stack of the file's layers in a ModuleList; the head reads the last one's out_dim."""
import torch
import torch.nn as nn


class Layer(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=True):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.out_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class Stack(nn.Module):
    def __init__(self, n_in=5, sizes=(8, 6)):
        super().__init__()
        layers = []
        for h in sizes:
            layers.append(Layer(n_in, h))
            n_in = layers[-1].out_dim
        self.layers = nn.ModuleList(layers)
        self.head = nn.Linear(self.layers[-1].out_dim, 2)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return self.head(x)


def probe():
    out = Stack()(torch.randn(2, 3, 5))
    assert out.shape == (2, 3, 2)
