"""After parsing, the script sets args.layers itself before building the model."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.4)
parser.add_argument("--deep", action="store_true")
args = parser.parse_args([])
args.layers = 2

rnn = nn.GRU(5, 6, args.layers, dropout=args.dropout)
h0 = torch.zeros(args.layers, 3, 6)


def probe():
    out, h = rnn(torch.randn(4, 3, 5), h0)
    assert h.shape == (2, 3, 6)
