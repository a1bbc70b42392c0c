# expect: LC007 line 19
"""main(argv) parses ['--bidirectional']; the head is sized for one direction."""
import argparse

import torch
import torch.nn as nn


def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--hidden", type=int, default=10)
    p.add_argument("--bidirectional", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    rnn = nn.LSTM(4, args.hidden, batch_first=True, bidirectional=args.bidirectional)
    head = nn.Linear(args.hidden, 2)  # fix: 2 * args.hidden when bidirectional
    out, _ = rnn(torch.randn(3, 5, 4))
    return head(out[:, -1])


def probe():
    main(["--bidirectional"])
