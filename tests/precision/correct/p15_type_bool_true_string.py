"""type=bool: any non-empty string is True, so ['--bidirectional', 'True'] sets True."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--bidirectional", type=bool, default=False)
parser.add_argument("--hidden", type=int, default=5)
args = parser.parse_args(["--bidirectional", "True"])

gru = nn.GRU(3, args.hidden, bidirectional=args.bidirectional)
head = nn.Linear(2 * args.hidden, 1)


def probe():
    assert args.bidirectional is True
    out, _ = gru(torch.randn(4, 2, 3))
    head(out)
