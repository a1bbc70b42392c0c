"""argparse defaults: --num_layers 1, --dropout 0.2; after parsing, one layer zeroes dropout."""
import argparse

import torch
import torch.nn as nn


def parse(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--num_layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.2)
    args = parser.parse_args(argv)
    if args.num_layers == 1:
        args.dropout = 0.0
    return args


def probe():
    for argv in ([], ["--num_layers", "2"]):
        args = parse(argv)
        lstm = nn.LSTM(4, 5, num_layers=args.num_layers, dropout=args.dropout)
        lstm(torch.randn(3, 2, 4))
