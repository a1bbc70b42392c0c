"""A dataclass config whose cell field is 'gru' or 'lstm'; the decoder unwraps h only for lstm."""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class Config:
    cell: str = "gru"
    n_in: int = 4
    hidden: int = 12
    horizon: int = 3


class Forecaster(nn.Module):
    def __init__(self, cfg: Config):
        super().__init__()
        self.cfg = cfg
        rnn = nn.LSTM if cfg.cell == "lstm" else nn.GRU
        self.encoder = rnn(cfg.n_in, cfg.hidden, batch_first=True)
        self.head = nn.Linear(cfg.hidden, cfg.horizon)

    def forward(self, x):
        _, state = self.encoder(x)
        h = state[0] if self.cfg.cell == "lstm" else state
        return self.head(h[-1])


def probe():
    x = torch.randn(2, 10, 4)
    for cell in ("gru", "lstm"):
        assert Forecaster(Config(cell=cell))(x).shape == (2, 3)
