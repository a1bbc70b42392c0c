"""Defaults from argparse, then updated from a config dict with vars(args).update."""
import argparse

import torch
import torch.nn as nn

CONFIG = {"layers": 2, "hidden": 10}

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("--hidden", type=int, default=4)
parser.add_argument("--dropout", type=float, default=0.1)
args = parser.parse_args([])
vars(args).update(CONFIG)

rnn = nn.LSTM(5, args.hidden, args.layers, dropout=args.dropout)
state = (torch.zeros(args.layers, 2, args.hidden), torch.zeros(args.layers, 2, args.hidden))


def probe():
    rnn(torch.randn(3, 2, 5), state)
