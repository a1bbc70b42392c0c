"""A bidirectional encoder's state handed unchanged to a bidirectional decoder of same depth."""
import torch
import torch.nn as nn

enc = nn.LSTM(5, 7, num_layers=2, bidirectional=True)
dec = nn.LSTM(3, 7, num_layers=2, bidirectional=True)
head = nn.Linear(14, 3)


def probe():
    _, state = enc(torch.randn(8, 2, 5))
    out, _ = dec(torch.randn(4, 2, 3), state)
    assert head(out).shape == (4, 2, 3)
