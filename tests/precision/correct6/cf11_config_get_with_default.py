"""cfg.get('num_layers', 1) with the config giving 2: dropout between layers is effective."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg.get("input_size", 16), cfg.get("hidden_size", 16),
                           num_layers=cfg.get("num_layers", 1), dropout=cfg.get("dropout", 0.0))

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    cfg = {"input_size": 3, "num_layers": 2, "dropout": 0.25}
    out = Encoder(cfg)(torch.randn(4, 2, 3))
    assert out.shape == (4, 2, 16)
