"""An INI text read with ConfigParser.read_string: getint for sizes, getboolean for the
direction flag, the head doubled when the flag says so."""
import configparser

import torch
import torch.nn as nn

INI = """
[model]
input_size = 13
hidden_size = 40
num_layers = 2
bidirectional = yes
dropout = 0.25

[train]
batch_size = 8
"""


def load(text=INI):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return parser


class Net(nn.Module):
    def __init__(self, parser):
        super().__init__()
        m = parser["model"]
        bidir = m.getboolean("bidirectional")
        self.rnn = nn.LSTM(m.getint("input_size"), m.getint("hidden_size"),
                           m.getint("num_layers"), dropout=m.getfloat("dropout"),
                           bidirectional=bidir, batch_first=True)
        self.fc = nn.Linear(m.getint("hidden_size") * (2 if bidir else 1), 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def probe():
    parser = load()
    b = parser.getint("train", "batch_size")
    assert Net(parser)(torch.randn(b, 6, 13)).shape == (b, 6, 1)
