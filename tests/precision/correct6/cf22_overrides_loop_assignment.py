"""Overrides applied with a loop of item assignments on a returned config."""
import torch
import torch.nn as nn


def defaults():
    return {"n_in": 100, "n_hidden": 16, "n_layers": 1, "dropout": 0.0}


def apply_overrides(cfg, overrides):
    for key, value in overrides.items():
        cfg[key] = value
    return cfg


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(cfg["n_in"], cfg["n_hidden"], cfg["n_layers"], dropout=cfg["dropout"])

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    cfg = apply_overrides(defaults(), {"n_in": 3, "n_layers": 2, "dropout": 0.4})
    out = Model(cfg)(torch.randn(5, 2, 3))
    assert out.shape == (5, 2, 16)
