"""--hidden takes a list of sizes (nargs='+'); one LSTM per size, chained."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, nargs="+", default=[16, 8])
parser.add_argument("--n_in", type=int, default=4)
args = parser.parse_args(["--hidden", "12", "6"])


class Stack(nn.Module):
    def __init__(self, n_in, sizes):
        super().__init__()
        ins = [n_in] + sizes[:-1]
        self.rnns = nn.ModuleList(nn.LSTM(i, o, batch_first=True) for i, o in zip(ins, sizes))

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return x


def probe():
    assert Stack(args.n_in, args.hidden)(torch.randn(2, 5, 4)).shape == (2, 5, 6)
