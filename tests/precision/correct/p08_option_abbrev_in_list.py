"""A list with an abbreviated option (--lay for --layers), which argparse accepts."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("--drop", type=float, default=0.25)
args = parser.parse_args(["--lay", "2"])

lstm = nn.LSTM(3, 4, num_layers=args.layers, dropout=args.drop)


def probe():
    assert args.layers == 2
    lstm(torch.randn(2, 1, 3))
