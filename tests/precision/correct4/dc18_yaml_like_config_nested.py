"""A nested config dict (as loaded from YAML) with model.encoder and model.decoder sections
sharing hidden through one key."""
import torch
import torch.nn as nn

CONFIG = {
    "model": {"hidden": 16, "encoder": {"layers": 2, "dropout": 0.1},
              "decoder": {"layers": 2, "dropout": 0.1}},
    "data": {"n_features": 4},
}


def build(cfg):
    m, d = cfg["model"], cfg["data"]
    enc = nn.LSTM(d["n_features"], m["hidden"], m["encoder"]["layers"],
                  dropout=m["encoder"]["dropout"])
    dec = nn.LSTM(d["n_features"], m["hidden"], m["decoder"]["layers"],
                  dropout=m["decoder"]["dropout"])
    return enc, dec


def probe():
    enc, dec = build(CONFIG)
    _, state = enc(torch.randn(5, 3, 4))
    result = dec(torch.randn(2, 3, 4), state)[0].shape
    assert result == (2, 3, 16)
