"""A dataclass config built from argparse values in main(); the defaults are never used as such."""
import argparse
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class TrainConfig:
    input_dim: int = 1
    hidden_dim: int = 64
    num_layers: int = 1
    dropout: float = 0.0


class Model(nn.Module):
    def __init__(self, cfg: TrainConfig):
        super().__init__()
        self.lstm = nn.LSTM(cfg.input_dim, cfg.hidden_dim, cfg.num_layers,
                            dropout=cfg.dropout, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input-dim", type=int, default=5)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--dropout", type=float, default=0.2)
    a = p.parse_args(argv)
    cfg = TrainConfig(input_dim=a.input_dim, num_layers=a.layers, dropout=a.dropout)
    return Model(cfg), cfg


def probe():
    model, cfg = main([])
    out = model(torch.randn(2, 9, cfg.input_dim))
    assert out.shape == (2, 9, 64)
