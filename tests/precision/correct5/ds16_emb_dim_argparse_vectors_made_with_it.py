"""--emb_dim 300 by default; the pretrained matrix is loaded with args.emb_dim columns."""
import argparse

import torch
import torch.nn as nn


def load_pretrained(vocab_size, dim):
    return torch.randn(vocab_size, dim)


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--emb_dim", type=int, default=300)
    p.add_argument("--hidden", type=int, default=32)
    args = p.parse_args(argv)
    vectors = load_pretrained(40, args.emb_dim)
    embedding = nn.Embedding.from_pretrained(vectors)
    lstm = nn.LSTM(args.emb_dim, args.hidden, batch_first=True)
    return lstm(embedding(torch.randint(0, 40, (2, 6))))


def probe():
    main([])
    main(["--emb_dim", "100"])
