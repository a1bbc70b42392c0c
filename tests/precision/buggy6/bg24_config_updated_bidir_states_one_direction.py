# expect: LC009 line 19
"""cfg.update turns bidirectional on; the states are made without the directions."""
import torch
import torch.nn as nn


def default_config():
    return {"input": 4, "hidden": 6, "layers": 1, "bidirectional": False}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.rnn = nn.LSTM(cfg["input"], cfg["hidden"], cfg["layers"],
                           bidirectional=cfg["bidirectional"], batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(self.cfg["layers"], x.size(0), self.cfg["hidden"])  # fix: layers * 2
        return self.rnn(x, (h0, h0))[0]


def probe():
    cfg = default_config()
    cfg.update({"bidirectional": True})
    Model(cfg)(torch.randn(2, 3, 4))
