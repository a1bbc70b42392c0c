"""A dataclass whose __post_init__ computes the encoder's output size from its fields."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn


@dataclass
class Config:
    features: int = 6
    hidden: int = 10
    layers: int = 2
    bidirectional: bool = True
    out_dim: int = field(init=False)

    def __post_init__(self):
        self.out_dim = self.hidden * (2 if self.bidirectional else 1)


class Net(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.features, cfg.hidden, cfg.layers, bidirectional=cfg.bidirectional)
        self.norm = nn.LayerNorm(cfg.out_dim)

    def forward(self, x):
        return self.norm(self.rnn(x)[0])


def probe():
    for cfg in (Config(), Config(bidirectional=False, features=3)):
        out = Net(cfg)(torch.randn(4, 2, cfg.features))
        assert out.shape == (4, 2, cfg.out_dim)
