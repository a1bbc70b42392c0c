# expect: LC008 line 11
"""An INI text read with read_string gives input_size = 12; the features built in the file
have 13 columns (the fix is the INI's input_size line: 13)."""
import configparser

import torch
import torch.nn as nn

INI = """
[model]
input_size = 12
hidden_size = 20
"""


def build():
    parser = configparser.ConfigParser()
    parser.read_string(INI)
    m = parser["model"]
    return nn.LSTM(m.getint("input_size"), m.getint("hidden_size"), batch_first=True)


def probe():
    features = torch.randn(4, 30, 13)
    build()(features)
