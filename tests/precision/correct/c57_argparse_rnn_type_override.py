"""--rnn_type defaults to lstm; this run picks gru, and the state helper follows the choice."""
import argparse

import torch
import torch.nn as nn


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--rnn_type", choices=["lstm", "gru"], default="lstm")
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--hidden", type=int, default=64)
    return p.parse_args(argv)


class Net(nn.Module):
    def __init__(self, rnn_type, n_in, hidden, layers):
        super().__init__()
        self.rnn_type, self.hidden, self.layers = rnn_type, hidden, layers
        if rnn_type == "lstm":
            self.rnn = nn.LSTM(n_in, hidden, layers)
        else:
            self.rnn = nn.GRU(n_in, hidden, layers)

    def init_hidden(self, batch):
        h = torch.zeros(self.layers, batch, self.hidden)
        if self.rnn_type == "lstm":
            return h, torch.zeros_like(h)
        return h

    def forward(self, x):
        out, _ = self.rnn(x, self.init_hidden(x.size(1)))
        return out


def main(argv):
    args = parse(argv)
    net = Net(args.rnn_type, 5, args.hidden, args.layers)
    return net(torch.randn(8, 3, 5))


def probe():
    assert main(["--rnn_type", "gru", "--hidden", "16"]).shape == (8, 3, 16)
    assert main([]).shape == (8, 3, 64)
