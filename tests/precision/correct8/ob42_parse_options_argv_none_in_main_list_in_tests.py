"""parse_options(argv=None) is called with lists by tests and with None (the command line) in
__main__; the defaults and every list give a consistent model."""
import argparse
import sys

import torch
import torch.nn as nn


def parse_options(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int, default=16)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(argv)


def build(opts, n_in=4):
    rnn = nn.GRU(n_in, opts.hidden, batch_first=True, bidirectional=opts.bidirectional)
    head = nn.Linear(opts.hidden * (2 if opts.bidirectional else 1), 1)
    return rnn, head


def run(opts):
    rnn, head = build(opts)
    return head(rnn(torch.randn(2, 5, 4))[0][:, -1])


def probe():
    for argv in ([], ["--bidirectional"], ["--hidden", "8", "--bidirectional"]):
        assert run(parse_options(argv)).shape == (2, 1)


if __name__ == "__main__":
    print(run(parse_options(sys.argv[1:])))
