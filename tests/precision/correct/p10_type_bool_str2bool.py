"""A str2bool type for --bidirectional; the literal list sets it to true."""
import argparse

import torch
from torch import nn


def str2bool(v):
    return str(v).lower() in ("1", "true", "yes")


parser = argparse.ArgumentParser()
parser.add_argument("--bidirectional", type=str2bool, default=False)
parser.add_argument("--hidden", type=int, default=6)
args = parser.parse_args(["--bidirectional", "true"])

rnn = nn.LSTM(3, args.hidden, bidirectional=args.bidirectional)
h0 = torch.zeros(2 if args.bidirectional else 1, 4, args.hidden)


def probe():
    rnn(torch.randn(5, 4, 3), (h0, h0))
