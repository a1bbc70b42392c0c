# torch: warns: dropout option adds dropout after all but last recurrent layer
# Settings live in an INI file (shipped as the default below) read into a namespace of numbers;
# its [model] section asks for a one-layer LSTM with dropout 0.25.
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

[train]
batch_size = 4
"""


def read_options(text=DEFAULT_INI):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    values = {}
    for key, raw in parser["model"].items():
        values[key] = float(raw) if "." in raw else int(raw)
    return SimpleNamespace(**values)


class Forecaster(nn.Module):
    def __init__(self, opts):
        super().__init__()
        self.lstm = nn.LSTM(opts.input_dim, opts.hidden_dim, batch_first=True,
                            num_layers=opts.rnn_layers,
                            dropout=opts.rnn_dropout)  # fix: only with opts.rnn_layers > 1
        self.out = nn.Linear(opts.hidden_dim, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1])


def probe():
    model = Forecaster(read_options())
    assert model(torch.randn(4, 9, 6)).shape == (4, 1)
