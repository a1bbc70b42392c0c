"""argparse gives --batch-size for the loader; the model never uses it for its states (they
come from the input), so the short last batch is fine."""
import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

parser = argparse.ArgumentParser()
parser.add_argument("--batch-size", type=int, default=32)
parser.add_argument("--hidden", type=int, default=64)
parser.add_argument("--layers", type=int, default=2)


class Tagger(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.lstm = nn.LSTM(10, args.hidden, args.layers, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * args.hidden, 5)

    def forward(self, x):
        h0 = torch.zeros(2 * self.args.layers, x.size(0), self.args.hidden)
        out, _ = self.lstm(x, (h0, torch.zeros_like(h0)))
        return self.out(out)


def main(argv=None):
    args = parser.parse_args(argv)
    model = Tagger(args)
    for (x,) in DataLoader(TensorDataset(torch.randn(70, 5, 10)), batch_size=args.batch_size):
        model(x)


def probe():
    main([])
