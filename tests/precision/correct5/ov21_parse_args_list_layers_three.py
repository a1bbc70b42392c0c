"""A notebook's argparse: defaults 1 layer and dropout 0.25, parsed from an explicit list that
asks for 3 layers."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--n_layers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.25)
parser.add_argument("--hidden", type=int, default=10)
args = parser.parse_args(["--n_layers", "3"])

model = nn.GRU(5, args.hidden, args.n_layers, dropout=args.dropout, batch_first=True)


def probe():
    model(torch.randn(2, 4, 5))
