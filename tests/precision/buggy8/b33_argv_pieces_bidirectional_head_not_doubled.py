# expect: LC007 line 23
"""argv built from a base list plus `["--bidirectional"]`; the head reads args.hidden alone."""
import argparse

import torch
import torch.nn as nn

BASE_ARGS = ["--input", "8", "--hidden", "24"]


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input", type=int)
    p.add_argument("--hidden", type=int)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(argv)


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.rnn = nn.GRU(args.input, args.hidden, batch_first=True, bidirectional=args.bidirectional)
        self.fc = nn.Linear(args.hidden, 1)  # fix: args.hidden * (2 if args.bidirectional else 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def probe():
    args = parse(BASE_ARGS + ["--bidirectional"])
    Model(args)(torch.randn(2, 5, args.input))
