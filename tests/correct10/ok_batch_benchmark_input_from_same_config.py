"""A benchmark feeds inputs it makes from the same batch size the model's state is made
from."""
import torch
import torch.nn as nn

config = {"batch_size": 12, "seq_len": 20, "features": 6, "hidden": 10}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.rnn = nn.GRU(cfg["features"], cfg["hidden"])

    def forward(self, x):
        h0 = torch.zeros(1, self.cfg["batch_size"], self.cfg["hidden"])
        return self.rnn(x, h0)[0]


def probe():
    model = Model(config)
    for _ in range(3):
        x = torch.randn(config["seq_len"], config["batch_size"], config["features"])
        model(x)
