"""argparse --bidirectional; states sized num_layers * (2 if args.bidirectional else 1)."""
import argparse

import torch
import torch.nn as nn


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--bidirectional", action="store_true")
    p.add_argument("--num_layers", type=int, default=2)
    p.add_argument("--hidden", type=int, default=6)
    args = p.parse_args(argv)
    dirs = 2 if args.bidirectional else 1
    lstm = nn.LSTM(3, args.hidden, args.num_layers, bidirectional=args.bidirectional)
    x = torch.randn(5, 4, 3)
    h0 = torch.zeros(args.num_layers * dirs, x.size(1), args.hidden)
    return lstm(x, (h0, torch.zeros_like(h0)))


def probe():
    main([])
    main(["--bidirectional"])
