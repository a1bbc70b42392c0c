"""run(argv) is called by tests with two different lists and by __main__ with sys.argv."""
import argparse
import sys

import torch
import torch.nn as nn


def run(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--hidden", type=int, default=8)
    args = p.parse_args(argv)
    rnn = nn.GRU(3, args.hidden, args.layers)
    h = torch.zeros(args.layers, 2, args.hidden)
    return rnn(torch.randn(4, 2, 3), h)[1]


def probe():
    assert run(["--layers", "3"]).shape == (3, 2, 8)
    assert run(["--hidden", "5"]).shape == (1, 2, 5)


if __name__ == "__main__":
    run(sys.argv[1:])
