"""A training script with helpers nothing here calls (seeding, timing, checkpoint names), and a
config class whose fields are changed at module level before the model is built."""
import os
import random
import time

import torch
import torch.nn as nn


def seed_everything(seed):
    random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)


def timestamp():
    return time.strftime("%Y%m%d-%H%M%S")


def checkpoint_name(prefix, epoch):
    return os.path.join("checkpoints", f"{prefix}-{epoch:03d}.pt")


def elapsed_since(start):
    return time.perf_counter() - start


class Config:
    input_size = 10
    hidden_size = 16
    num_layers = 1
    dropout = 0.0


Config.num_layers = 3
Config.dropout = 0.2
Config.input_size = 6


class Net(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(cfg.input_size, cfg.hidden_size, cfg.num_layers, dropout=cfg.dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    assert Net(Config)(torch.randn(4, 2, 6)).shape == (4, 2, 16)
