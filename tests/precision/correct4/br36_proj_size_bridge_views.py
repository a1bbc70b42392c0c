"""A proj_size LSTM bridged to a decoder of the same kind: h viewed (L, B, proj) and c
(L, B, hidden), each by its own width."""
import torch
import torch.nn as nn

L, HIDDEN, PROJ = 2, 10, 4
enc = nn.LSTM(3, HIDDEN, L, proj_size=PROJ)
dec = nn.LSTM(3, HIDDEN, L, proj_size=PROJ)


def probe():
    _, (h, c) = enc(torch.randn(5, 2, 3))
    h = h.reshape(L, -1, PROJ)
    c = c.reshape(L, -1, HIDDEN)
    result = dec(torch.randn(3, 2, 3), (h, c))[0].shape
    assert result == (3, 2, PROJ)
