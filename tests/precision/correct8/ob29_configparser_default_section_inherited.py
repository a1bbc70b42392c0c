"""ConfigParser's [DEFAULT] section inherited by each model section, one of which overrides
hidden_size and turns bidirectional on; both models sized from their own section."""
import configparser

import torch
import torch.nn as nn

INI = """
[DEFAULT]
input_size = 9
hidden_size = 16
num_layers = 1
bidirectional = false

[tagger]
bidirectional = true
hidden_size = 12

[lm]
num_layers = 2
"""


def build(section):
    bidir = section.getboolean("bidirectional")
    rnn = nn.LSTM(section.getint("input_size"), section.getint("hidden_size"),
                  section.getint("num_layers"), bidirectional=bidir)
    head = nn.Linear(section.getint("hidden_size") * (2 if bidir else 1), 3)
    return rnn, head


def probe():
    cfg = configparser.ConfigParser()
    cfg.read_string(INI)
    for name in ("tagger", "lm"):
        rnn, head = build(cfg[name])
        assert head(rnn(torch.randn(4, 2, 9))[0]).shape == (4, 2, 3)
