"""set_defaults raises the default depth to 2, so dropout=0.2 acts between layers."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--nlayers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.2)
parser.add_argument("--nhid", type=int, default=16)
parser.set_defaults(nlayers=2)
args = parser.parse_args([])

rnn = nn.LSTM(10, args.nhid, args.nlayers, dropout=args.dropout)


def probe():
    assert args.nlayers == 2
    out, (h, c) = rnn(torch.randn(4, 3, 10))
    assert h.shape == (2, 3, 16)
