"""--bidirectional as store_true, given in the literal list; the head reads the flag."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--bidirectional", action="store_true")
parser.add_argument("--hidden", type=int, default=10)
args = parser.parse_args(args=["--bidirectional"])

directions = 2 if args.bidirectional else 1
encoder = nn.GRU(4, args.hidden, batch_first=True, bidirectional=args.bidirectional)
head = nn.Linear(directions * args.hidden, 5)


def probe():
    out, _ = encoder(torch.randn(3, 7, 4))
    assert head(out[:, -1]).shape == (3, 5)
