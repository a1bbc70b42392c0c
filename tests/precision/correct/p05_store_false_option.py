"""--unidirectional is store_false into dest 'bidirectional' (default True)."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--unidirectional", dest="bidirectional", action="store_false")
parser.add_argument("--hidden", type=int, default=5)
args = parser.parse_args([])

gru = nn.GRU(4, args.hidden, bidirectional=args.bidirectional)
head = nn.Linear(2 * args.hidden, 3)


def probe():
    assert args.bidirectional is True
    out, h = gru(torch.randn(6, 2, 4))
    assert head(torch.cat([h[0], h[1]], 1)).shape == (2, 3)
