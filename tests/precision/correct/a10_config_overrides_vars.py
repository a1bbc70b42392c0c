"""Options merged into a dict with vars(args) and ** into the model."""
import argparse

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, n_in=4, hidden=8, layers=1, dropout=0.0, bidirectional=False):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, dropout=dropout, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden * (2 if bidirectional else 1), 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[-1])


parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=8)
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.1)
parser.add_argument("--bidirectional", action="store_true")
net = Net(**vars(parser.parse_args(["--bidirectional"])))


def probe():
    assert net(torch.randn(5, 3, 4)).shape == (3, 1)
