"""A wrapper hands *args and **kwargs to nn.LSTM; the head reads the built layer's options."""
import torch
import torch.nn as nn


class RNN(nn.Module):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.rnn = nn.LSTM(*args, **kwargs)
        self.width = self.rnn.hidden_size * (2 if self.rnn.bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = RNN(6, 10, 2, bidirectional=True, batch_first=True)
        self.head = nn.Linear(self.rnn.width, 3)

    def forward(self, x):
        return self.head(self.rnn(x))


def probe():
    out = Model()(torch.randn(2, 4, 6))
    assert out.shape == (2, 4, 3)
