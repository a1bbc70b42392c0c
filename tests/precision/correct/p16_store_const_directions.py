"""--bidir stores the constant 2 in 'directions' (default 1)."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--bidir", dest="directions", action="store_const", const=2, default=1)
parser.add_argument("--hidden", type=int, default=4)
args = parser.parse_args(["--bidir"])

lstm = nn.LSTM(3, args.hidden, bidirectional=args.directions == 2)
fc = nn.Linear(args.hidden * args.directions, 2)
h0 = torch.zeros(args.directions, 5, args.hidden)


def probe():
    out, _ = lstm(torch.randn(6, 5, 3), (h0, h0))
    fc(out)
