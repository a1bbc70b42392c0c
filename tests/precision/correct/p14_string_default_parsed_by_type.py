"""argparse runs string defaults through type=: default="2" is the int 2, "0.3" the float."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--layers", type=int, default="2")
parser.add_argument("--dropout", type=float, default="0.3")
parser.add_argument("--hidden", type=int, default="6")
args = parser.parse_args([])

lstm = nn.LSTM(3, args.hidden, args.layers, dropout=args.dropout)
state = (torch.zeros(2, 4, 6), torch.zeros(2, 4, 6))


def probe():
    assert args.layers == 2
    lstm(torch.randn(5, 4, 3), state)
