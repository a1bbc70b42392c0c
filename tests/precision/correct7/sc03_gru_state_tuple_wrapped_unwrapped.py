"""A generic loop keeps every state as a tuple; a GRU's is (h,) and unwrapped before the call."""
import torch
import torch.nn as nn


def step(layer, x, state):
    if isinstance(layer, nn.GRU):
        out, h = layer(x, state[0])
        return out, (h,)
    return layer(x, state)


def probe():
    x = torch.randn(3, 2, 4)
    gru, lstm = nn.GRU(4, 5), nn.LSTM(4, 5)
    hs = (torch.zeros(1, 2, 5),)
    hl = (torch.zeros(1, 2, 5), torch.zeros(1, 2, 5))
    for _ in range(2):
        out_g, hs = step(gru, x, hs)
        out_l, hl = step(lstm, x, hl)
    assert out_g.shape == out_l.shape == (3, 2, 5)
