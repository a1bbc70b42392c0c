# expect: LC009 line 12
"""A 2-layer bidirectional encoder's final state (4, B, H) handed unchanged to a one-way 2-layer
decoder, which needs (2, B, H)."""
import torch
import torch.nn as nn

encoder = nn.GRU(4, 8, num_layers=2, bidirectional=True)
decoder = nn.GRU(4, 8, num_layers=2)


def run(src, tgt):
    _, h = encoder(src)  # fix: merge the directions where the state is made: h.view(2, 2, -1, 8).sum(1)
    out, _ = decoder(tgt, h)
    return out


def probe():
    run(torch.randn(5, 3, 4), torch.randn(2, 3, 4))
