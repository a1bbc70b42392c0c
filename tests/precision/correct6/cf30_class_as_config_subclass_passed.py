"""The config is a class (not an instance); a subclass with other sizes is passed to the model."""
import torch
import torch.nn as nn


class Config:
    INPUT = 1
    HIDDEN = 32
    LAYERS = 1


class LargeConfig(Config):
    INPUT = 6
    LAYERS = 3


class Model(nn.Module):
    def __init__(self, config=Config):
        super().__init__()
        self.config = config
        self.rnn = nn.GRU(config.INPUT, config.HIDDEN, config.LAYERS)

    def forward(self, x):
        h = torch.zeros(self.config.LAYERS, x.size(1), self.config.HIDDEN)
        return self.rnn(x, h)[0]


def probe():
    out = Model(LargeConfig)(torch.randn(4, 2, 6))
    assert out.shape == (4, 2, 32)
    out = Model()(torch.randn(4, 2, 1))
    assert out.shape == (4, 2, 32)
