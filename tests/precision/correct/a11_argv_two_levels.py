"""main(argv) hands argv to get_args(argv), which parses it; the only call passes two layers."""
import argparse

import torch
import torch.nn as nn


def get_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--dropout", type=float, default=0.5)
    return p.parse_args(argv)


def main(argv):
    args = get_args(argv)
    rnn = nn.LSTM(4, 8, args.layers, dropout=args.dropout)
    return rnn(torch.randn(3, 2, 4))[0]


def probe():
    main(["--layers", "2"])
