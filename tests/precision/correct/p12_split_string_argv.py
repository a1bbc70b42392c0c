"""Options given as one string split into a list."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.3)
parser.add_argument("--hidden", type=int, default=4)
args = parser.parse_args("--layers 2 --hidden 6".split())

lstm = nn.LSTM(3, args.hidden, args.layers, dropout=args.dropout)
state = (torch.zeros(2, 1, 6), torch.zeros(2, 1, 6))


def probe():
    lstm(torch.randn(5, 1, 3), state)
