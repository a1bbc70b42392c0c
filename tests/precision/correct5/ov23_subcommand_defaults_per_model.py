"""argparse subcommands: the 'deep' command defaults to 3 layers with dropout, the 'shallow'
one to 1 layer with no dropout."""
import argparse

import torch
import torch.nn as nn


def main(argv):
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="kind", required=True)
    deep = sub.add_parser("deep")
    deep.add_argument("--layers", type=int, default=3)
    deep.add_argument("--dropout", type=float, default=0.3)
    shallow = sub.add_parser("shallow")
    shallow.add_argument("--layers", type=int, default=1)
    shallow.add_argument("--dropout", type=float, default=0.0)
    args = parser.parse_args(argv)
    rnn = nn.LSTM(3, 4, num_layers=args.layers, dropout=args.dropout)
    return rnn(torch.randn(2, 1, 3))


def probe():
    main(["deep"])
    main(["shallow"])
