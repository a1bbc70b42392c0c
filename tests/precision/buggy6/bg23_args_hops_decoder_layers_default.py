# expect: LC009 line 30
"""args.n_layers reaches the encoder; the decoder keeps its default of one layer and gets a
two-layer state."""
import argparse

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, n_layers):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, n_layers)

    def forward(self, x):
        return self.rnn(x)[1]


class Decoder(nn.Module):
    def __init__(self, n_in, hidden, n_layers=1):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, n_layers)

    def forward(self, x, state):
        return self.rnn(x, state)[0]


def build(args):
    enc = Encoder(args.n_in, args.hidden, args.n_layers)
    dec = Decoder(args.n_in, args.hidden)  # fix: Decoder(args.n_in, args.hidden, args.n_layers)
    return enc, dec


def probe():
    p = argparse.ArgumentParser()
    p.add_argument("--n_in", type=int, default=4)
    p.add_argument("--hidden", type=int, default=8)
    p.add_argument("--n_layers", type=int, default=2)
    enc, dec = build(p.parse_args([]))
    dec(torch.randn(3, 2, 4), enc(torch.randn(5, 2, 4)))
