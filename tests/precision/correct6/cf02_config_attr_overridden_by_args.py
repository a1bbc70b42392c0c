"""A config object built with defaults; argparse values overwrite its fields before use."""
import argparse

import torch
import torch.nn as nn


class Config:
    def __init__(self):
        self.embed_dim = 32
        self.hidden_dim = 64
        self.bidirectional = False


class Encoder(nn.Module):
    def __init__(self, config, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, config.embed_dim)
        self.rnn = nn.GRU(config.embed_dim, config.hidden_dim, batch_first=True,
                          bidirectional=config.bidirectional)
        width = config.hidden_dim * (2 if config.bidirectional else 1)
        self.proj = nn.Linear(width, 3)

    def forward(self, tokens):
        out, _ = self.rnn(self.embed(tokens))
        return self.proj(out[:, -1])


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--embed-dim", type=int, default=20)
    parser.add_argument("--bidirectional", action="store_true")
    args = parser.parse_args(argv)
    config = Config()
    config.embed_dim = args.embed_dim
    config.bidirectional = args.bidirectional
    return Encoder(config, vocab=50)


def probe():
    for argv in ([], ["--bidirectional"], ["--embed-dim", "9"]):
        model = main(argv)
        out = model(torch.randint(0, 50, (2, 6)))
        assert out.shape == (2, 3)
