"""A function makes and returns a config object; the caller changes its sizes."""
import torch
import torch.nn as nn


class Config:
    pass


def get_config():
    c = Config()
    c.n_features = 1
    c.hidden = 32
    c.layers = 1
    return c


class Model(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.rnn = nn.LSTM(c.n_features, c.hidden, c.layers, batch_first=True)
        self.c = c

    def forward(self, x):
        h = torch.zeros(self.c.layers, x.size(0), self.c.hidden)
        return self.rnn(x, (h, h))[0]


def probe():
    c = get_config()
    c.n_features, c.layers = 8, 2
    out = Model(c)(torch.randn(3, 4, 8))
    assert out.shape == (3, 4, 32)
