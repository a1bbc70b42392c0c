# expect: LC007 line 14
"""--bidirectional is passed on the command line; the head ignores it."""
import argparse

import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.rnn = nn.LSTM(args.input_dim, args.hidden, batch_first=True,
                           bidirectional=args.bidirectional)
        self.fc = nn.Linear(args.hidden, args.n_classes)  # fix: args.hidden * (2 if args.bidirectional else 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1, :])


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--input_dim", type=int, default=6)
    parser.add_argument("--hidden", type=int, default=12)
    parser.add_argument("--n_classes", type=int, default=3)
    parser.add_argument("--bidirectional", action="store_true")
    args = parser.parse_args(argv)
    return Classifier(args)(torch.randn(2, 5, args.input_dim))


def probe():
    main(["--bidirectional"])
