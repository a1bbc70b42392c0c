"""argparse: --rnn_layers default 1, --rnn_dropout default 0.0: no dropout asked for one layer."""
import argparse

import torch
import torch.nn as nn


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--rnn_layers", type=int, default=1)
    parser.add_argument("--rnn_dropout", type=float, default=0.0)
    parser.add_argument("--hidden", type=int, default=12)
    args = parser.parse_args(argv)
    rnn = nn.GRU(6, args.hidden, args.rnn_layers, dropout=args.rnn_dropout, batch_first=True)
    return rnn(torch.randn(2, 4, 6))


def probe():
    main([])
    main(["--rnn_layers", "2", "--rnn_dropout", "0.3"])
