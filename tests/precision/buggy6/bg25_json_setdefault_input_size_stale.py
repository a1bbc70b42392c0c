# expect: LC008 line 13
"""A JSON config defaulted with setdefault: input_size 6, but the data has N_FEATURES = 8."""
import json

import torch
import torch.nn as nn

N_FEATURES = 8


def load_config(text):
    cfg = json.loads(text)
    cfg.setdefault("input_size", 6)  # fix: N_FEATURES
    cfg.setdefault("hidden_size", 10)
    return cfg


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["input_size"], cfg["hidden_size"], batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    Model(load_config("{}"))(torch.randn(2, 5, N_FEATURES))
