"""A config file's values become the parser's defaults (parser.set_defaults(**cfg)); the command line
still wins."""
import argparse
import json

import torch
import torch.nn as nn

CONFIG_TEXT = '{"input_size": 7, "hidden_size": 11, "num_layers": 2}'


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input_size", type=int, default=1)
    p.add_argument("--hidden_size", type=int, default=64)
    p.add_argument("--num_layers", type=int, default=1)
    p.set_defaults(**json.loads(CONFIG_TEXT))
    return p.parse_args(argv)


class Model(nn.Module):
    def __init__(self, a):
        super().__init__()
        self.rnn = nn.LSTM(a.input_size, a.hidden_size, a.num_layers)
        self.a = a

    def forward(self, x):
        h = torch.zeros(self.a.num_layers, x.size(1), self.a.hidden_size)
        return self.rnn(x, (h, h))[0]


def probe():
    a = parse([])
    out = Model(a)(torch.randn(4, 2, 7))
    assert out.shape == (4, 2, 11)
    a = parse(["--hidden_size", "3"])
    out = Model(a)(torch.randn(4, 2, 7))
    assert out.shape == (4, 2, 3)
