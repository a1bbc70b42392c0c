"""The decoder is built after the encoder has run once: its layer count is h.size(0) of the
state it will be handed."""
import torch
import torch.nn as nn

encoder = nn.LSTM(3, 6, num_layers=3)


def probe():
    _, (h, c) = encoder(torch.randn(5, 2, 3))
    decoder = nn.LSTM(3, h.size(2), num_layers=h.size(0))
    result = decoder(torch.randn(2, 2, 3), (h, c))[0].shape
    assert result == (2, 2, 6)
