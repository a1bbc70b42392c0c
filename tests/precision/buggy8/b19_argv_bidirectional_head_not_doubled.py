# expect: LC007 line 23
"""An argv list in the run script turns --bidirectional on; the head reads args.hidden alone."""
import argparse

import torch
import torch.nn as nn

ARGV = ["--hidden", "32", "--bidirectional"]


def get_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input", type=int, default=10)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(argv)


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.lstm = nn.LSTM(args.input, args.hidden, bidirectional=args.bidirectional)
        self.out = nn.Linear(args.hidden, 2)  # fix: args.hidden * (2 if args.bidirectional else 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


def probe():
    Model(get_args(ARGV))(torch.randn(4, 3, 10))
