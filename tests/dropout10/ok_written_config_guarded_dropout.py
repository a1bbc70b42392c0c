# torch: runs
# The same INI-driven forecaster, handing the LSTM its dropout only when the section stacks
# layers; the one-layer default gets its dropout on the output instead.
import configparser
from types import SimpleNamespace

import torch
import torch.nn as nn

DEFAULT_INI = """
[model]
input_dim = 6
hidden_dim = 10
rnn_layers = 1
rnn_dropout = 0.25
"""


def read_options(text=DEFAULT_INI):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return SimpleNamespace(**{k: float(v) if "." in v else int(v) for k, v in parser["model"].items()})


class Forecaster(nn.Module):
    def __init__(self, opts):
        super().__init__()
        self.lstm = nn.LSTM(opts.input_dim, opts.hidden_dim, batch_first=True,
                            num_layers=opts.rnn_layers,
                            dropout=opts.rnn_dropout if opts.rnn_layers > 1 else 0.0)
        self.drop = nn.Dropout(opts.rnn_dropout)
        self.out = nn.Linear(opts.hidden_dim, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(self.drop(y[:, -1]))


def probe():
    model = Forecaster(read_options())
    assert model(torch.randn(4, 9, 6)).shape == (4, 1)
