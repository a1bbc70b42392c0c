"""A config read from JSON text, missing keys filled by setdefault; the defaults agree with the data."""
import json

import torch
import torch.nn as nn

RAW = '{"hidden_size": 40, "num_layers": 3}'


def load_config(text):
    cfg = json.loads(text)
    cfg.setdefault("input_size", 6)
    cfg.setdefault("dropout", 0.2)
    return cfg


class Forecaster(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(input_size=cfg["input_size"], hidden_size=cfg["hidden_size"],
                            num_layers=cfg["num_layers"], dropout=cfg["dropout"], batch_first=True)
        self.head = nn.Linear(cfg["hidden_size"], 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def probe():
    cfg = load_config(RAW)
    out = Forecaster(cfg)(torch.randn(5, 20, 6))
    assert out.shape == (5, 1)
