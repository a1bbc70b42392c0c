# expect: LC009 line 18
"""`getattr(nn, name)` with the name "LSTM" from the config; the state is made as one tensor,
a GRU's form."""
import torch
import torch.nn as nn

CONFIG = {"cell": "LSTM", "input": 4, "hidden": 8, "layers": 2}


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = getattr(nn, cfg["cell"])(cfg["input"], cfg["hidden"], cfg["layers"])
        self.cfg = cfg

    def forward(self, x):
        h0 = torch.zeros(self.cfg["layers"], x.size(1), self.cfg["hidden"])
        return self.rnn(x, h0)[0]  # fix: (h0, torch.zeros_like(h0)) for an LSTM


def probe():
    Encoder(CONFIG)(torch.randn(5, 2, 4))
