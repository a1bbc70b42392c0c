"""parser.set_defaults overrides an argument's default; the model is built with the overridden value."""
import argparse

import torch
import torch.nn as nn


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.0)
    p.add_argument("--input_size", type=int, default=100)
    p.set_defaults(layers=2, dropout=0.3, input_size=8)
    return p.parse_args(argv)


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.rnn = nn.LSTM(args.input_size, 16, args.layers, dropout=args.dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    args = parse([])
    model = Model(args)
    out = model(torch.randn(3, 2, 8))
    assert out.shape == (3, 2, 16)
