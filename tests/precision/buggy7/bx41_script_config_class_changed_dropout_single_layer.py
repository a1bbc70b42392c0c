# expect: LC006 line 41
"""A script with helpers nothing calls and a config class changed at module level: dropout set,
layers left at 1."""
import os
import random
import time
import warnings

import torch.nn as nn


def seed_everything(seed):
    random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)


def timestamp():
    return time.strftime("%Y%m%d-%H%M%S")


def checkpoint_name(prefix, epoch):
    return os.path.join("checkpoints", f"{prefix}-{epoch:03d}.pt")


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start


class Config:
    input_size = 10
    hidden_size = 16
    num_layers = 1
    dropout = 0.0


Config.dropout = 0.2  # fix: also Config.num_layers = 2


class Net(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(cfg.input_size, cfg.hidden_size, cfg.num_layers, dropout=cfg.dropout)


def probe():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Net(Config)
