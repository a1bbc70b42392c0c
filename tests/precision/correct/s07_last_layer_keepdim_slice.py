"""h_n[-1:] keeps the layer dim; handed to a one-layer decoder as (1, B, H)."""
import torch
from torch import nn

encoder = nn.LSTM(4, 9, num_layers=3, batch_first=True)
decoder = nn.LSTM(4, 9, batch_first=True)


def probe():
    _, (h, c) = encoder(torch.randn(2, 6, 4))
    out, _ = decoder(torch.randn(2, 3, 4), (h[-1:], c[-1:]))
    assert out.shape == (2, 3, 9)
