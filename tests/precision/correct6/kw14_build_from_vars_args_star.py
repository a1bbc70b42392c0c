"""Model(**vars(args)) with parameter names that match the parser's dests; extra keys swallowed."""
import argparse

import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, bidirectional, **_unused):
        super().__init__()
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, bidirectional=bidirectional)
        self.out = nn.Linear(hidden_size * (2 if bidirectional else 1), 10)

    def forward(self, x):
        return self.out(self.rnn(x)[0][-1])


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--input_size", type=int, default=12)
    p.add_argument("--hidden_size", type=int, default=24)
    p.add_argument("--num_layers", type=int, default=2)
    p.add_argument("--bidirectional", action="store_true")
    p.add_argument("--lr", type=float, default=0.01)
    return Model(**vars(p.parse_args(argv)))


def probe():
    for argv in ([], ["--bidirectional"]):
        out = main(argv)(torch.randn(4, 3, 12))
        assert out.shape == (3, 10)
