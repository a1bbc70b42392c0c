"""Two parsers in one file (train and export) both define --layers with other defaults."""
import argparse

import torch
import torch.nn as nn


def train_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--dropout", type=float, default=0.3)
    return p


def export_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--out", default="model.pt")
    return p


def build_train(args):
    return nn.LSTM(4, 8, args.layers, dropout=args.dropout)


def build_export(args):
    return nn.LSTM(4, 8, args.layers)


def probe():
    rnn = build_train(train_parser().parse_args([]))
    assert rnn(torch.randn(3, 2, 4))[1][0].shape == (3, 2, 8)
    exp = build_export(export_parser().parse_args([]))
    assert exp(torch.randn(3, 2, 4))[1][0].shape == (1, 2, 8)
