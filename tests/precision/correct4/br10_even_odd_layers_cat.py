"""OpenNMT's _fix_enc_hidden: torch.cat([h[0:h.size(0):2], h[1:h.size(0):2]], 2) joins each
layer's directions for a decoder of 2H and the same layers."""
import torch
import torch.nn as nn


def fix_enc_hidden(hidden):
    return torch.cat([hidden[0:hidden.size(0):2], hidden[1:hidden.size(0):2]], 2)


enc = nn.LSTM(6, 4, num_layers=2, bidirectional=True)
dec = nn.LSTM(6, 8, num_layers=2)


def probe():
    _, (h, c) = enc(torch.randn(5, 3, 6))
    out, _ = dec(torch.randn(2, 3, 6), (fix_enc_hidden(h), fix_enc_hidden(c)))
    assert out.shape == (2, 3, 8)
