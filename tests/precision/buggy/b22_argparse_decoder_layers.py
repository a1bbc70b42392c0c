# expect: LC009 line 11
"""Encoder and decoder depths are separate options whose defaults disagree."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=32)
parser.add_argument("--enc_layers", type=int, default=2)
parser.add_argument("--dec_layers", type=int, default=1)  # fix: default=2


class Model(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.encoder = nn.LSTM(10, args.hidden, args.enc_layers)
        self.decoder = nn.LSTM(10, args.hidden, args.dec_layers)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        out, _ = self.decoder(tgt, state)
        return out


def main(argv=None):
    args = parser.parse_args(argv)
    return Model(args)(torch.randn(7, 2, 10), torch.randn(4, 2, 10))


def probe():
    main([])
