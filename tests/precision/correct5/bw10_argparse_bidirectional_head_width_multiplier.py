"""argparse --bidirectional; the head multiplies hidden by the direction count."""
import argparse

import torch
import torch.nn as nn


def build(args):
    directions = 2 if args.bidirectional else 1
    rnn = nn.GRU(args.input_size, args.hidden_size, args.num_layers, batch_first=True,
                 bidirectional=args.bidirectional)
    head = nn.Linear(args.hidden_size * directions, args.num_classes)
    return rnn, head


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--input_size", type=int, default=13)
    parser.add_argument("--hidden_size", type=int, default=16)
    parser.add_argument("--num_layers", type=int, default=2)
    parser.add_argument("--num_classes", type=int, default=4)
    parser.add_argument("--bidirectional", action="store_true")
    args = parser.parse_args(argv)
    rnn, head = build(args)
    out, _ = rnn(torch.randn(3, 8, args.input_size))
    return head(out[:, -1])


def probe():
    main([])
    main(["--bidirectional"])
