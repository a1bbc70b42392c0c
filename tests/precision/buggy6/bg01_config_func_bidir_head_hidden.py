# expect: LC007 line 16
"""A config returned by a function says bidirectional; the head takes hidden, not 2 * hidden."""
import torch
import torch.nn as nn


def get_config():
    return {"input": 8, "hidden": 32, "bidirectional": True, "classes": 4}


class Classifier(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["input"], cfg["hidden"], batch_first=True,
                           bidirectional=cfg["bidirectional"])
        self.fc = nn.Linear(cfg["hidden"], cfg["classes"])  # fix: cfg["hidden"] * 2

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])


def probe():
    Classifier(get_config())(torch.randn(2, 5, 8))
