"""--layers is declared with default 1, but parser.set_defaults(layers=2) raises it before
parsing: the dropout applies between two layers."""
import argparse

import torch
import torch.nn as nn


def build_parser():
    parser = argparse.ArgumentParser()
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.set_defaults(layers=2)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    rnn = nn.LSTM(4, 6, num_layers=args.layers, dropout=args.dropout)
    return rnn(torch.randn(3, 2, 4))


def probe():
    main([])
