"""Short and long spellings; dest comes from the first long option; '-l3' glued."""
import argparse

import torch
import torch.nn as nn

ap = argparse.ArgumentParser()
ap.add_argument("-l", "--num-layers", type=int, default=1)
ap.add_argument("-d", "--drop", type=float, default=0.0)
ap.add_argument("-H", "--hidden-size", type=int, default=8)
opts = ap.parse_args(["-l3", "-d", "0.1", "--hidden-size=20"])

gru = nn.GRU(5, opts.hidden_size, opts.num_layers, dropout=opts.drop)
h0 = torch.zeros(opts.num_layers, 2, opts.hidden_size)


def probe():
    out, h = gru(torch.randn(6, 2, 5), h0)
    assert h.shape == (3, 2, 20)
