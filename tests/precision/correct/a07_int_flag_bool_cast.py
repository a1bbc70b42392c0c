"""--bidir as an int option turned into a bool where the layer is built."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--bidir", type=int, default=1)
parser.add_argument("--hidden", type=int, default=9)
args = parser.parse_args([])


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidir):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, bidirectional=bool(bidir))
        self.out_dim = hidden * (2 if bidir else 1)

    def forward(self, x):
        return self.rnn(x)[0]


enc = Encoder(4, args.hidden, args.bidir)
head = nn.Linear(enc.out_dim, 2)


def probe():
    assert head(enc(torch.randn(3, 2, 4))).shape == (3, 2, 2)
