"""The run script zeroes args.dropout when --layers is 1 before the model reads it (a check
many training scripts make); both configurations built."""
import argparse

import torch
import torch.nn as nn


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--dropout", type=float, default=0.3)
    args = p.parse_args(argv)
    if args.layers == 1:
        args.dropout = 0.0
    return args


class LM(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.rnn = nn.LSTM(8, 16, args.layers, dropout=args.dropout)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    for argv in ([], ["--layers", "1"], ["--layers", "3", "--dropout", "0.5"]):
        assert LM(parse(argv))(torch.randn(4, 2, 8)).shape == (4, 2, 16)
