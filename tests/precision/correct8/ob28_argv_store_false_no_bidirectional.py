"""`--no-bidirectional` with action="store_false", dest="bidirectional" (default True); the
run script passes it, and the head follows the parsed flag either way."""
import argparse

import torch
import torch.nn as nn


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int, default=20)
    p.add_argument("--no-bidirectional", dest="bidirectional", action="store_false")
    return p.parse_args(argv)


class Tagger(nn.Module):
    def __init__(self, args, n_in=7, n_tags=4):
        super().__init__()
        self.lstm = nn.LSTM(n_in, args.hidden, batch_first=True, bidirectional=args.bidirectional)
        self.out = nn.Linear(args.hidden * (2 if args.bidirectional else 1), n_tags)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


def probe():
    for argv in (["--no-bidirectional"], [], ["--hidden", "9"]):
        assert Tagger(parse(argv))(torch.randn(2, 6, 7)).shape == (2, 6, 4)
