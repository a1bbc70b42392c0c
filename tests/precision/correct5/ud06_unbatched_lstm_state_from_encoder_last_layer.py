"""Unbatched encoder with 2 layers hands its (2, H) states to a 2-layer decoder."""
import torch
import torch.nn as nn

encoder = nn.LSTM(5, 7, num_layers=2)
decoder = nn.LSTM(5, 7, num_layers=2)


def run(src, tgt):
    _, (h, c) = encoder(src)          # (2, 7)
    out, _ = decoder(tgt, (h, c))     # tgt (T, 5)
    return out


def probe():
    assert run(torch.randn(6, 5), torch.randn(3, 5)).shape == (3, 7)
