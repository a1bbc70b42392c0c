"""A run script parsing an argv list written in the file (`parse_args(ARGV)`): --hidden 32
--layers 2 --bidirectional; the head and the states follow args."""
import argparse

import torch
import torch.nn as nn

ARGV = ["--hidden", "32", "--layers", "2", "--bidirectional", "--dropout", "0.2"]


def get_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input", type=int, default=10)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.0)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(argv)


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.dirs = 2 if args.bidirectional else 1
        self.args = args
        self.lstm = nn.LSTM(args.input, args.hidden, args.layers, dropout=args.dropout,
                            bidirectional=args.bidirectional)
        self.out = nn.Linear(self.dirs * args.hidden, 2)

    def forward(self, x):
        shape = (self.args.layers * self.dirs, x.size(1), self.args.hidden)
        out, _ = self.lstm(x, (torch.zeros(shape), torch.zeros(shape)))
        return self.out(out)


def probe():
    for argv in (ARGV, []):
        args = get_args(argv)
        assert Model(args)(torch.randn(4, 3, args.input)).shape == (4, 3, 2)
