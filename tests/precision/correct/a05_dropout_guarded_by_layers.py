"""A command-line script: dropout is passed only when there is more than one layer."""
import argparse
import sys

import torch
import torch.nn as nn


def build(args):
    return nn.LSTM(args.features, args.hidden, args.layers,
                   dropout=args.dropout if args.layers > 1 else 0.0)


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--features", type=int, default=6)
    p.add_argument("--hidden", type=int, default=12)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.5)
    return p.parse_args(argv)


def probe():
    for argv in ([], ["--layers", "3"]):
        args = parse(argv)
        out, _ = build(args)(torch.randn(5, 2, args.features))
        assert out.shape == (5, 2, 12)


if __name__ == "__main__":
    build(parse(sys.argv[1:]))
