"""One-layer encoder, 3-layer decoder: the encoder's final state repeated over the layers."""
import torch
import torch.nn as nn

enc = nn.GRU(4, 10)
dec = nn.GRU(4, 10, num_layers=3)


def run(src, tgt):
    _, h = enc(src)
    h = h.repeat(dec.num_layers, 1, 1)
    return dec(tgt, h)[0]


def probe():
    result = run(torch.randn(5, 2, 4), torch.randn(3, 2, 4)).shape
    assert result == (3, 2, 10)
