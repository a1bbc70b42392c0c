"""Every INI section that sets dropout also sets num_layers >= 2; the single-layer section
leaves dropout to the [DEFAULT] 0."""
import configparser

import torch
import torch.nn as nn

INI = """
[DEFAULT]
dropout = 0.0
num_layers = 1

[small]
hidden = 16

[deep]
hidden = 32
num_layers = 3
dropout = 0.25
"""


def build(section):
    return nn.GRU(5, section.getint("hidden"), section.getint("num_layers"),
                  dropout=section.getfloat("dropout"))


def probe():
    cfg = configparser.ConfigParser()
    cfg.read_string(INI)
    for name in cfg.sections():
        out, _ = build(cfg[name])(torch.randn(3, 2, 5))
        assert out.shape[-1] == cfg[name].getint("hidden")
