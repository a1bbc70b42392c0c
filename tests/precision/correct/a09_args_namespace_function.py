"""A train() taking the Namespace; the options are parsed from a list in probe and from the
command line in __main__; the loader's states follow each batch."""
import argparse

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


def make_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--batch_size", type=int, default=16)
    p.add_argument("--hidden", type=int, default=8)
    p.add_argument("--layers", type=int, default=2)
    return p


def train(args):
    data = TensorDataset(torch.randn(37, 6, 3), torch.randn(37, 1))
    loader = DataLoader(data, batch_size=args.batch_size, shuffle=True)
    lstm = nn.LSTM(3, args.hidden, args.layers, batch_first=True)
    head = nn.Linear(args.hidden, 1)
    for x, y in loader:
        h0 = torch.zeros(args.layers, x.size(0), args.hidden)
        out, _ = lstm(x, (h0, h0))
        loss = ((head(out[:, -1]) - y) ** 2).mean()
    return loss


def probe():
    train(make_parser().parse_args(["--batch_size", "10"]))


if __name__ == "__main__":
    train(make_parser().parse_args())
