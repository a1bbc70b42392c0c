"""--num_layers restricted by choices to 2..4, dropout on by default."""
import argparse

import torch
import torch.nn as nn


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--num_layers", type=int, choices=[2, 3, 4], default=2)
    parser.add_argument("--dropout", type=float, default=0.25)
    args = parser.parse_args(argv)
    net = nn.LSTM(7, 9, num_layers=args.num_layers, dropout=args.dropout, batch_first=True)
    return net(torch.randn(2, 3, 7))


def probe():
    main([])
    main(["--num_layers", "4"])
