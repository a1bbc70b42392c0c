# expect: LC005 line 5
"""proj_size read from a config that sets it equal to hidden_size: torch requires it smaller."""
import torch.nn as nn

CONFIG = {"hidden": 32, "proj": 32}  # fix: "proj": 16, smaller than hidden


def build(n_in, cfg):
    return nn.LSTM(n_in, cfg["hidden"], proj_size=cfg["proj"])


def probe():
    build(5, CONFIG)
