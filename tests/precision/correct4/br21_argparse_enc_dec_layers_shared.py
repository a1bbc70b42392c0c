"""argparse: one --layers and one --hidden for encoder and decoder; the bidirectional encoder's
directions summed before the decoder."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, default=12)
parser.add_argument("--layers", type=int, default=2)
parser.add_argument("--emb", type=int, default=5)


class Seq2Seq(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.encoder = nn.LSTM(args.emb, args.hidden, args.layers, bidirectional=True)
        self.decoder = nn.LSTM(args.emb, args.hidden, args.layers)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        L, H = self.args.layers, self.args.hidden
        h = h.view(L, 2, -1, H).sum(1)
        c = c.view(L, 2, -1, H).sum(1)
        return self.decoder(tgt, (h, c))[0]


def probe():
    args = parser.parse_args([])
    m = Seq2Seq(args)
    result = m(torch.randn(4, 3, 5), torch.randn(2, 3, 5)).shape
    assert result == (2, 3, 12)
