"""A size travels through two constructors: Model(hidden) builds Encoder(hidden // 2) for a
bidirectional layer, so the encoder's output is `hidden` again and Model's head takes it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, per_direction):
        super().__init__()
        self.rnn = nn.LSTM(n_in, per_direction, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        assert hidden % 2 == 0
        self.encoder = Encoder(n_in, hidden // 2)
        self.norm = nn.LayerNorm(hidden)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        return self.head(self.norm(self.encoder(x)))


def probe():
    assert Model(5, 24, 3)(torch.randn(2, 8, 5)).shape == (2, 8, 3)
