"""argparse defaults give one layer; the run passes --num_layers 2, which the dropout needs."""
import argparse

import torch
import torch.nn as nn


def get_args(argv=None):
    parser = argparse.ArgumentParser(description="train a speech GRU")
    parser.add_argument("--input_dim", type=int, default=40)
    parser.add_argument("--hidden_dim", type=int, default=64)
    parser.add_argument("--num_layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--n_classes", type=int, default=10)
    return parser.parse_args(argv)


class SpeechGRU(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.rnn = nn.GRU(args.input_dim, args.hidden_dim, num_layers=args.num_layers,
                          dropout=args.dropout, batch_first=True)
        self.fc = nn.Linear(args.hidden_dim, args.n_classes)

    def forward(self, feats):
        out, _ = self.rnn(feats)
        return self.fc(out.mean(dim=1))


def main():
    args = get_args(["--num_layers", "2"])
    model = SpeechGRU(args)
    return model(torch.randn(4, 50, args.input_dim))


def probe():
    assert main().shape == (4, 10)
