"""A parser exists for the command line, but the notebook builds a Namespace by hand."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=8)
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.2)

args = argparse.Namespace(hidden=5, layers=1, dropout=0.0)
gru = nn.GRU(3, args.hidden, args.layers, dropout=args.dropout)
h0 = torch.zeros(1, 2, 5)


def probe():
    gru(torch.randn(4, 2, 3), h0)
