"""argparse: --layers default 1 with --dropout default 0; dropout is passed only when layers > 1."""
import argparse

import torch
import torch.nn as nn


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=1)
    ap.add_argument("--dropout", type=float, default=0.0)
    args = ap.parse_args(argv)
    kwargs = {"num_layers": args.layers}
    if args.layers > 1:
        kwargs["dropout"] = args.dropout
    rnn = nn.GRU(4, 6, **kwargs)
    return rnn(torch.randn(3, 2, 4))


def probe():
    main([])
    main(["--layers", "2", "--dropout", "0.5"])
