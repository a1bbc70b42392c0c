"""dropout=dropout if num_layers > 1 else 0.0 inside the call, layers from a config dict."""
import torch
import torch.nn as nn

cfg = {"num_layers": 1, "dropout": 0.25, "hidden": 10}


def make_rnn(input_size, cfg):
    return nn.LSTM(input_size, cfg["hidden"], num_layers=cfg["num_layers"],
                   dropout=cfg["dropout"] if cfg["num_layers"] > 1 else 0.0, batch_first=True)


def probe():
    make_rnn(3, cfg)(torch.randn(2, 4, 3))
    make_rnn(3, dict(cfg, num_layers=2))(torch.randn(2, 4, 3))
