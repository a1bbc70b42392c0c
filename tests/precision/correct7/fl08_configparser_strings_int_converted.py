"""configparser values read as strings and converted with int()/float(); a boolean with getboolean."""
import configparser

import torch
import torch.nn as nn

INI = """
[DEFAULT]
hidden = 24
[encoder]
features = 7
layers = 2
dropout = 0.25
bidirectional = true
"""


def build():
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    enc = cp["encoder"]
    bidir = enc.getboolean("bidirectional")
    rnn = nn.LSTM(int(enc["features"]), int(enc["hidden"]), int(enc["layers"]),
                  dropout=float(enc["dropout"]), bidirectional=bidir)
    head = nn.Linear(int(enc["hidden"]) * (2 if bidir else 1), 1)
    return rnn, head


def probe():
    rnn, head = build()
    out, _ = rnn(torch.randn(5, 3, 7))
    assert head(out).shape == (5, 3, 1)
