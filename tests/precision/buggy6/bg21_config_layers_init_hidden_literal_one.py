# expect: LC009 line 18
"""A two-layer LSTM from a config; init_hidden makes one layer's states."""
import torch
import torch.nn as nn


def load_config():
    return {"input": 6, "hidden": 12, "layers": 2}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.hidden = cfg["hidden"]
        self.lstm = nn.LSTM(cfg["input"], cfg["hidden"], cfg["layers"])

    def init_hidden(self, batch):
        h = torch.zeros(1, batch, self.hidden)  # fix: cfg["layers"] rows
        return h, h.clone()

    def forward(self, x):
        return self.lstm(x, self.init_hidden(x.size(1)))[0]


def probe():
    Model(load_config())(torch.randn(3, 2, 6))
