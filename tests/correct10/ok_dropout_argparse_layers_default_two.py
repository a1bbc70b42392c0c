"""Both the layer count and the dropout are options; the layer count defaults to 2 and the
script guards the one-layer case itself."""
import argparse
import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--nlayers", type=int, default=2)
parser.add_argument("--dropout", type=float, default=0.2)
args = parser.parse_args([])


class Model(nn.Module):
    def __init__(self, ninp, nhid, nlayers, dropout):
        super().__init__()
        self.rnn = nn.LSTM(ninp, nhid, nlayers, dropout=dropout if nlayers > 1 else 0)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Model(10, 20, args.nlayers, args.dropout)(torch.randn(4, 2, 10))
