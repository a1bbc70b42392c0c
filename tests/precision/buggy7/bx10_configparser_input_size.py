# expect: LC008 line 10
"""An INI config says input_size 6 but the data has 5 features (the fix is the INI's
input_size line: 5)."""
import configparser

import torch
import torch.nn as nn

INI = """[model]
input_size = 6
hidden_size = 20
"""


class Net(nn.Module):
    def __init__(self, section):
        super().__init__()
        self.rnn = nn.LSTM(section.getint("input_size"), section.getint("hidden_size"))

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    config = configparser.ConfigParser()
    config.read_string(INI)
    net = Net(config["model"])
    x = torch.randn(4, 3, 5)
    net(x)
