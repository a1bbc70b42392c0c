"""argparse with --rnn choices and a main() that builds one model per choice when --all."""
import argparse

import torch
import torch.nn as nn


def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--rnn", choices=["lstm", "gru"], default="lstm")
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.0)
    p.add_argument("--all", action="store_true")
    return p.parse_args(argv)


def build(kind, layers, dropout):
    cls = nn.LSTM if kind == "lstm" else nn.GRU
    return cls(3, 8, layers, dropout=dropout if layers > 1 else 0.0)


def main(argv=None):
    args = get_args(argv)
    kinds = ["lstm", "gru"] if args.all else [args.rnn]
    shapes = []
    for kind in kinds:
        out, _ = build(kind, args.layers, args.dropout)(torch.randn(4, 2, 3))
        shapes.append(tuple(out.shape))
    return shapes


def probe():
    result = main(["--all", "--dropout", "0.5"])
    assert result == [(4, 2, 8), (4, 2, 8)]
    result = main(["--layers", "2", "--dropout", "0.5"])
    assert result == [(4, 2, 8)]
