"""--emb-dim defaults to 300 and the vectors are made 300-wide from args.emb_dim."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--emb-dim", type=int, default=300)
parser.add_argument("--hidden", type=int, default=50)
parser.add_argument("--vocab", type=int, default=200)


def main(argv=None):
    args = parser.parse_args(argv)
    vectors = torch.randn(args.vocab, args.emb_dim)
    emb = nn.Embedding.from_pretrained(vectors)
    lstm = nn.LSTM(args.emb_dim, args.hidden)
    out, _ = lstm(emb(torch.randint(0, args.vocab, (7, 2))))
    return out.shape


def probe():
    result = main([])
    assert result == (7, 2, 50)
    result = main(["--emb-dim", "100"])
    assert result == (7, 2, 50)
