"""Experiments listed as dicts and looped over; dropout given only to the multi-layer ones."""
import torch
import torch.nn as nn

EXPERIMENTS = [
    {"name": "small", "hidden": 8, "layers": 1},
    {"name": "deep", "hidden": 8, "layers": 3, "dropout": 0.2},
    {"name": "wide", "hidden": 32, "layers": 2, "dropout": 0.1},
]


def make(exp):
    return nn.GRU(6, exp["hidden"], exp["layers"], dropout=exp.get("dropout", 0.0))


def probe():
    for exp in EXPERIMENTS:
        out, h = make(exp)(torch.randn(5, 2, 6))
        assert h.shape == (exp["layers"], 2, exp["hidden"])
