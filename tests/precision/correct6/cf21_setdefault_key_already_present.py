"""setdefault does not change a key the config already has: hidden stays 12, not the 99 written."""
import torch
import torch.nn as nn


def load_config():
    return {"input": 5, "hidden": 12}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["input"], cfg["hidden"])
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    cfg = load_config()
    cfg.setdefault("hidden", 99)
    out = Model(cfg)(torch.randn(3, 2, 5))
    assert out.shape == (3, 2, 1)
