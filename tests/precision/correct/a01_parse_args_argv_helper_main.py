"""get_args(argv) wraps parse_args; main(argv) is called from probe with two layers."""
import argparse

import torch
import torch.nn as nn


def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--n_in", type=int, default=8)
    p.add_argument("--hidden", type=int, default=32)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.0)
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    rnn = nn.GRU(args.n_in, args.hidden, args.layers, dropout=args.dropout)
    out, h = rnn(torch.randn(5, 2, args.n_in))
    return out, h


def probe():
    out, h = main(["--layers", "2", "--dropout", "0.3"])
    assert h.shape == (2, 2, 32)
    out, h = main([])
    assert h.shape == (1, 2, 32)
