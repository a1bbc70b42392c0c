"""A dataclass config fixes the batch size; the state is made from it, and evaluation runs
one sample at a time."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class TrainConfig:
    batch_size: int = 16
    hidden: int = 12
    features: int = 5


class Model(nn.Module):
    def __init__(self, cfg: TrainConfig):
        super().__init__()
        self.cfg = cfg
        self.lstm = nn.LSTM(cfg.features, cfg.hidden, batch_first=True)

    def forward(self, x):
        h = torch.zeros(1, self.cfg.batch_size, self.cfg.hidden)  # expect: LC009
        return self.lstm(x, (h, h.clone()))[0]


def probe():
    cfg = TrainConfig()
    model = Model(cfg)
    model(torch.randn(cfg.batch_size, 7, cfg.features))
    model(torch.randn(1, 7, cfg.features))
