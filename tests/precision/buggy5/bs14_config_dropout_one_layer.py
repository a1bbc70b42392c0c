# expect: LC006 line 8
"""A config dict with dropout 0.5 and num_layers 1."""
import torch
import torch.nn as nn

CONFIG = {
    "hidden_size": 16,
    "num_layers": 1,  # fix: 2
    "dropout": 0.5,
}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(4, cfg["hidden_size"], cfg["num_layers"], dropout=cfg["dropout"])

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model(CONFIG)(torch.randn(3, 2, 4))
