"""argparse with --layers default 1 and --dropout 0.5; the model passes dropout only for stacks."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.5)


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, args.layers, dropout=args.dropout if args.layers > 1 else 0)
        self.drop = nn.Dropout(args.dropout)

    def forward(self, x):
        return self.drop(self.rnn(x)[0])


def probe():
    Model(parser.parse_args([]))(torch.randn(3, 2, 4))
