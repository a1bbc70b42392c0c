"""A dataclass subclass changes a field's default; the model built from the subclass uses it."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class BaseCfg:
    n_features: int = 1
    hidden: int = 16
    layers: int = 1


@dataclass
class WeatherCfg(BaseCfg):
    n_features: int = 7
    layers: int = 2


class Model(nn.Module):
    def __init__(self, cfg: BaseCfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.n_features, cfg.hidden, cfg.layers, batch_first=True)
        self.cfg = cfg

    def forward(self, x):
        h = torch.zeros(self.cfg.layers, x.size(0), self.cfg.hidden)
        return self.rnn(x, (h, h))[0]


def probe():
    out = Model(WeatherCfg())(torch.randn(2, 10, 7))
    assert out.shape == (2, 10, 16)
