# expect: LC006 line 20
"""An INI section sets dropout = 0.3 and leaves num_layers at the [DEFAULT] 1: torch warns
that no dropout is applied."""
import configparser

import torch.nn as nn

INI = """
[DEFAULT]
num_layers = 1

[encoder]
hidden = 32
dropout = 0.3
"""


def build(section):
    return nn.GRU(5, section.getint("hidden"), section.getint("num_layers"),
                  dropout=section.getfloat("dropout"))  # fix: num_layers >= 2 in [encoder], or no dropout


def probe():
    cfg = configparser.ConfigParser()
    cfg.read_string(INI)
    build(cfg["encoder"])
