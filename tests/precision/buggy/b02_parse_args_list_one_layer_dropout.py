# expect: LC006 line 13
"""A literal parse_args list sets one layer; dropout=0.3 then does nothing (torch warns)."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.3)
args = parser.parse_args(["--layers", "1"])

rnn = nn.GRU(4, 8, args.layers, dropout=args.dropout)  # fix: dropout only with layers > 1


def probe():
    rnn(torch.randn(3, 2, 4))
