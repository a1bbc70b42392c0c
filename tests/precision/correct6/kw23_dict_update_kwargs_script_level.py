"""A script: an encoder whose defaults are replaced by self.__dict__.update(kwargs), built and run
at module level with the caller's width."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.input_dim = 300
        self.hidden_dim = 8
        self.__dict__.update(kwargs)
        self.rnn = nn.LSTM(self.input_dim, self.hidden_dim)

    def forward(self, x):
        return self.rnn(x)[0]


enc = Encoder(input_dim=12)
out = enc(torch.randn(5, 2, 12))


def probe():
    assert out.shape == (5, 2, 8)
