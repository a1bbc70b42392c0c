"""A dataclass built with defaults, then fields assigned from argparse before the model is made."""
import argparse
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class Cfg:
    input_size: int = 128
    hidden_size: int = 64
    num_layers: int = 1


class Model(nn.Module):
    def __init__(self, cfg: Cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg.input_size, cfg.hidden_size, cfg.num_layers, batch_first=True)
        self.cfg = cfg

    def forward(self, x):
        shape = (self.cfg.num_layers, x.size(0), self.cfg.hidden_size)
        return self.lstm(x, (torch.zeros(shape), torch.zeros(shape)))[0]


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input-size", type=int, default=6)
    p.add_argument("--layers", type=int, default=3)
    args = p.parse_args(argv)
    cfg = Cfg()
    cfg.input_size = args.input_size
    cfg.num_layers = args.layers
    return Model(cfg), cfg


def probe():
    model, cfg = main([])
    out = model(torch.randn(2, 4, cfg.input_size))
    assert out.shape == (2, 4, 64)
