"""The list handed to parse_args is built in a variable first (a notebook cell)."""
import argparse

import torch
from torch import nn

argv = ["--n_layers", "2", "--bidirectional"]
parser = argparse.ArgumentParser()
parser.add_argument("--n_layers", type=int, default=1)
parser.add_argument("--dropout", type=float, default=0.5)
parser.add_argument("--bidirectional", action="store_true")
parser.add_argument("--hidden", type=int, default=7)
opt = parser.parse_args(argv)

lstm = nn.LSTM(3, opt.hidden, opt.n_layers, dropout=opt.dropout, bidirectional=opt.bidirectional)
fc = nn.Linear(opt.hidden * 2, 1)
h0 = torch.zeros(opt.n_layers * 2, 4, opt.hidden)


def probe():
    out, _ = lstm(torch.randn(5, 4, 3), (h0, h0))
    assert fc(out[-1]).shape == (4, 1)
