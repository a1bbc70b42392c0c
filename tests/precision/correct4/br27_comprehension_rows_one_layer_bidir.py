"""A one-layer bidirectional LSTM: [x for x in h_n] is its two directions, joined to 2H for a
one-way decoder's state of 2H."""
import torch
import torch.nn as nn

enc = nn.LSTM(3, 4, bidirectional=True)
dec = nn.LSTM(3, 8)


def probe():
    _, (h, c) = enc(torch.randn(5, 2, 3))
    h = torch.cat([x for x in h], dim=-1).unsqueeze(0)
    c = torch.cat([x for x in c], dim=-1).unsqueeze(0)
    result = dec(torch.randn(3, 2, 3), (h, c))[0].shape
    assert result == (3, 2, 8)
