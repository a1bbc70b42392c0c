"""A dict from a function; the hidden size doubled in place for the bidirectional encoder's head."""
import torch
import torch.nn as nn


def make_config():
    return {"input": 10, "hidden": 16, "head_in": 16}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["input"], cfg["hidden"], bidirectional=True)
        self.head = nn.Linear(cfg["head_in"], 4)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    cfg = make_config()
    cfg["head_in"] *= 2
    out = Model(cfg)(torch.randn(3, 2, 10))
    assert out.shape == (3, 2, 4)
