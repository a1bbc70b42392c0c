"""Sizes read from an INI config with configparser (getint / getfloat / getboolean)."""
import configparser

import torch
import torch.nn as nn

INI = """
[model]
input_size = 6
hidden_size = 20
num_layers = 2
dropout = 0.3
bidirectional = yes
"""


class Net(nn.Module):
    def __init__(self, section):
        super().__init__()
        bidirectional = section.getboolean("bidirectional")
        self.rnn = nn.LSTM(section.getint("input_size"), section.getint("hidden_size"),
                           section.getint("num_layers"), dropout=section.getfloat("dropout"),
                           bidirectional=bidirectional)
        self.out = nn.Linear(section.getint("hidden_size") * (2 if bidirectional else 1), 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    config = configparser.ConfigParser()
    config.read_string(INI)
    assert Net(config["model"])(torch.randn(4, 3, 6)).shape == (4, 3, 1)
