"""A config class with class-level defaults and an __init__ that sets whatever keywords it gets."""
import torch
import torch.nn as nn


class Config:
    input_size = 300
    hidden_size = 128
    num_layers = 1
    bidirectional = False

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.input_size, cfg.hidden_size, cfg.num_layers,
                           bidirectional=cfg.bidirectional, batch_first=True)
        self.fc = nn.Linear(cfg.hidden_size * (2 if cfg.bidirectional else 1), 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    cfg = Config(input_size=9, hidden_size=6, bidirectional=True)
    out = Model(cfg)(torch.randn(3, 4, 9))
    assert out.shape == (3, 2)
