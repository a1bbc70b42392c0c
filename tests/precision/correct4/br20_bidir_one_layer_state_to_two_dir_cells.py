"""A one-layer bidirectional LSTM's h_n[0] and h_n[1] go to two LSTMCells, one per direction,
each of the encoder's width."""
import torch
import torch.nn as nn

H = 6
enc = nn.LSTM(3, H, bidirectional=True)
fwd_cell, bwd_cell = nn.LSTMCell(3, H), nn.LSTMCell(3, H)


def probe():
    _, (h, c) = enc(torch.randn(5, 2, 3))
    f = fwd_cell(torch.randn(2, 3), (h[0], c[0]))
    b = bwd_cell(torch.randn(2, 3), (h[1], c[1]))
    assert f[0].shape == b[0].shape == (2, H)
