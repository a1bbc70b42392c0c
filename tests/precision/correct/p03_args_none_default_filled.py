"""--hidden defaults to None and is filled in from --emb when missing."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--emb", type=int, default=10)
parser.add_argument("--hidden", type=int, default=None)
args = parser.parse_args(["--emb", "6"])
if args.hidden is None:
    args.hidden = args.emb

embed = nn.Embedding(30, args.emb)
rnn = nn.LSTM(args.emb, args.hidden, batch_first=True)
tie = nn.Linear(args.hidden, 30)
tie.weight = embed.weight


def probe():
    out, _ = rnn(embed(torch.randint(0, 30, (2, 5))))
    assert tie(out).shape == (2, 5, 30)
