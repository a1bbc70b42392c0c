# expect: LC009 line 23
"""A returned config's layers raised to 3 after the state size was read from it."""
import torch
import torch.nn as nn


def get_config():
    return {"input": 4, "hidden": 8, "layers": 1}


class Model(nn.Module):
    def __init__(self, cfg, state_layers):
        super().__init__()
        self.rnn = nn.GRU(cfg["input"], cfg["hidden"], cfg["layers"])
        self.state_layers, self.hidden = state_layers, cfg["hidden"]

    def forward(self, x):
        return self.rnn(x, torch.zeros(self.state_layers, x.size(1), self.hidden))[0]


def probe():
    cfg = get_config()
    state_layers = cfg["layers"]  # fix: read it after the override
    cfg["layers"] = 3
    Model(cfg, state_layers)(torch.randn(5, 2, 4))
