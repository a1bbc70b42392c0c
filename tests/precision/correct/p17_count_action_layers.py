"""-l counted: '-ll' on top of the default 1 gives 3 layers; dropout then works."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("-l", dest="layers", action="count", default=1)
parser.add_argument("--dropout", type=float, default=0.2)
args = parser.parse_args(["-ll"])

rnn = nn.GRU(3, 4, args.layers, dropout=args.dropout)


def probe():
    assert args.layers == 3
    rnn(torch.randn(2, 1, 3), torch.zeros(3, 1, 4))
