"""A loaded config's hidden size replaced only when the command line gives one."""
import argparse

import torch
import torch.nn as nn


def load_config():
    return {"input": 6, "hidden": 12, "layers": 2}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["input"], cfg["hidden"], cfg["layers"])
        self.cfg = cfg

    def forward(self, x):
        h = torch.zeros(self.cfg["layers"], x.size(1), self.cfg["hidden"])
        return self.lstm(x, (h, torch.zeros_like(h)))[0]


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int, default=None)
    args = p.parse_args(argv)
    cfg = load_config()
    if args.hidden is not None:
        cfg["hidden"] = args.hidden
    return Model(cfg)


def probe():
    out = main([])(torch.randn(3, 2, 6))
    assert out.shape == (3, 2, 12)
    out = main(["--hidden", "5"])(torch.randn(3, 2, 6))
    assert out.shape == (3, 2, 5)
