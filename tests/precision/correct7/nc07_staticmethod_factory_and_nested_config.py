"""A nested Config class with class attributes, and a staticmethod that builds the layer."""
import torch
import torch.nn as nn


class Model(nn.Module):
    class Config:
        input_size = 10
        hidden_size = 24
        num_layers = 2
        dropout = 0.1

    @staticmethod
    def make_rnn(cfg):
        return nn.LSTM(cfg.input_size, cfg.hidden_size, cfg.num_layers, dropout=cfg.dropout)

    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or self.Config()
        self.rnn = self.make_rnn(cfg)
        self.out = nn.Linear(cfg.hidden_size, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][-1])


def probe():
    assert Model()(torch.randn(5, 3, 10)).shape == (3, 1)

    class Small(Model.Config):
        input_size = 4
        num_layers = 3
    assert Model(Small())(torch.randn(5, 3, 4)).shape == (3, 1)
