"""A run script builds its argv from pieces: a base list, `+ ["--bidirectional"]` when asked,
and `+=` of layers; the model's head and states follow the parsed args for every variant."""
import argparse

import torch
import torch.nn as nn

BASE_ARGS = ["--input", "8", "--hidden", "24"]


def parser():
    p = argparse.ArgumentParser()
    p.add_argument("--input", type=int, required=True)
    p.add_argument("--hidden", type=int, default=32)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--bidirectional", action="store_true")
    return p


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.d = 2 if args.bidirectional else 1
        self.rnn = nn.GRU(args.input, args.hidden, args.layers, bidirectional=args.bidirectional)
        self.fc = nn.Linear(self.d * args.hidden, 1)
        self.rows, self.hidden = args.layers * self.d, args.hidden

    def forward(self, x):
        h0 = torch.zeros(self.rows, x.size(1), self.hidden)
        return self.fc(self.rnn(x, h0)[0])


def run(bidirectional, deep):
    argv = BASE_ARGS + (["--bidirectional"] if bidirectional else [])
    if deep:
        argv += ["--layers", "3"]
    args = parser().parse_args(argv)
    return Model(args)(torch.randn(5, 2, args.input))


def probe():
    for bidir in (False, True):
        for deep in (False, True):
            assert run(bidir, deep).shape == (5, 2, 1)
