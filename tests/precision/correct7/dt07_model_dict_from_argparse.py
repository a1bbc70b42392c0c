"""argparse picks the model class from a dict; **vars-style kwargs built from the options."""
import argparse

import torch
import torch.nn as nn


class LSTMNet(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.net = nn.LSTM(n_features, hidden, layers, dropout=dropout if layers > 1 else 0.0)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, c) = self.net(x)
        return self.fc(h[-1])


class GRUNet(nn.Module):
    def __init__(self, n_features, hidden, layers, dropout):
        super().__init__()
        self.net = nn.GRU(n_features, hidden, layers, dropout=dropout if layers > 1 else 0.0)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, h = self.net(x)
        return self.fc(h[-1])


MODELS = {"lstm": LSTMNet, "gru": GRUNet}


def build(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=sorted(MODELS), default="lstm")
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--layers", type=int, default=1)
    parser.add_argument("--dropout", type=float, default=0.3)
    args = parser.parse_args(argv)
    kwargs = dict(n_features=4, hidden=args.hidden, layers=args.layers, dropout=args.dropout)
    return MODELS[args.model](**kwargs)


def probe():
    for argv in (["--model", "gru"], ["--layers", "3"], []):
        model = build(argv)
        assert model(torch.randn(10, 2, 4)).shape == (2, 1)
