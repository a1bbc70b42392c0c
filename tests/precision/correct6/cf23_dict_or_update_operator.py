"""cfg |= {...} (Python 3.9) replaces the input size the function returned."""
import torch
import torch.nn as nn


def model_config():
    return {"features": 64, "hidden": 10, "bidirectional": False}


class Model(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["features"], cfg["hidden"], batch_first=True,
                           bidirectional=cfg["bidirectional"])

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    cfg = model_config()
    cfg |= {"features": 2}
    out = Model(cfg)(torch.randn(2, 3, 2))
    assert out.shape == (2, 3, 10)
