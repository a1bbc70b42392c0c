"""A base config deep-copied per experiment; each copy changes sizes in its own way."""
import copy

import torch
import torch.nn as nn

BASE = {"rnn": {"input": 12, "hidden": 20, "layers": 1, "dropout": 0.0}}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        r = cfg["rnn"]
        self.rnn = nn.GRU(r["input"], r["hidden"], r["layers"], dropout=r["dropout"])
        self.layers, self.hidden = r["layers"], r["hidden"]

    def forward(self, x):
        h0 = torch.zeros(self.layers, x.size(1), self.hidden)
        return self.rnn(x, h0)[1]


def probe():
    for layers, hidden in ((1, 20), (3, 8)):
        cfg = copy.deepcopy(BASE)
        cfg["rnn"]["layers"] = layers
        cfg["rnn"]["hidden"] = hidden
        cfg["rnn"]["dropout"] = 0.5 if layers > 1 else 0.0
        out = Model(cfg)(torch.randn(7, 3, 12))
        assert out.shape == (layers, 3, hidden)
