"""argparse: layers=1 with a dropout is refused with parser.error before any model is built."""
import argparse

import torch
import torch.nn as nn


def get_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.0)
    parser.add_argument("--hidden", type=int, default=16)
    args = parser.parse_args(argv)
    if args.layers == 1 and args.dropout:
        parser.error("--dropout needs --layers >= 2")
    return args


def main(argv=None):
    args = get_args(argv)
    lstm = nn.LSTM(5, args.hidden, args.layers, dropout=args.dropout)
    return lstm(torch.randn(4, 2, 5))


def probe():
    main([])
    main(["--layers", "3", "--dropout", "0.2"])
