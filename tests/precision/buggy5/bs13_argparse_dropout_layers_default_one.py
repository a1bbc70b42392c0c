# expect: LC006 line 11
"""--dropout 0.3 by default with --num_layers defaulting to 1: torch warns, no dropout applied."""
import argparse

import torch
import torch.nn as nn


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--num_layers", type=int, default=1)  # fix: default=2
    parser.add_argument("--dropout", type=float, default=0.3)
    args = parser.parse_args(argv)
    lstm = nn.LSTM(5, 8, num_layers=args.num_layers, dropout=args.dropout)
    return lstm(torch.randn(3, 2, 5))


def probe():
    main([])
