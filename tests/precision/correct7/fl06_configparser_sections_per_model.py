"""One INI section per model; the section name picks the class from a dict."""
import configparser

import torch
import torch.nn as nn

INI = """
[lstm]
n_in = 3
hidden = 10
[gru]
n_in = 3
hidden = 12
"""
CLASSES = {"lstm": nn.LSTM, "gru": nn.GRU}


def build(name):
    config = configparser.ConfigParser()
    config.read_string(INI)
    sec = config[name]
    return CLASSES[name](int(sec["n_in"]), int(sec["hidden"]), batch_first=True), int(sec["hidden"])


def probe():
    for name in CLASSES:
        layer, hidden = build(name)
        out, _ = layer(torch.randn(2, 5, 3))
        assert out.shape == (2, 5, hidden)
