"""A notebook-style experiment: parse_args gets its options as a literal list, which sets two
layers (the default of one would make dropout=0.25 ineffective) and 40 input features."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--n_mfcc", type=int, default=13)
parser.add_argument("--hidden", type=int, default=32)
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.25)
args = parser.parse_args(["--n_mfcc", "40", "--layers", "2"])

rnn = nn.LSTM(args.n_mfcc, args.hidden, args.layers, dropout=args.dropout, batch_first=True)
classifier = nn.Linear(args.hidden, 12)


def probe():
    feats = torch.randn(3, 20, 40)
    out, _ = rnn(feats)
    assert classifier(out[:, -1]).shape == (3, 12)
