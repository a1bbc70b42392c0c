"""A bidirectional encoder's state with the direction rows swapped by flip(0) per layer pair
before a decoder of the same configuration (shape unchanged)."""
import torch
import torch.nn as nn

enc = nn.LSTM(4, 8, num_layers=1, bidirectional=True)
dec = nn.LSTM(4, 8, num_layers=1, bidirectional=True)


def swap_directions(state):
    return tuple(s.flip(0) for s in state)


def probe():
    _, state = enc(torch.randn(6, 3, 4))
    out, _ = dec(torch.randn(2, 3, 4), swap_directions(state))
    assert out.shape == (2, 3, 16)
