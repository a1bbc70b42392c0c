"""step(cell, x, state, lstm) unrolls a cell; an LSTMCell returns a pair, a GRUCell a tensor."""
import torch
from torch import nn


def step(cell, x, state, lstm):
    if lstm:
        h, c = cell(x, state)
        return h, (h, c)
    h = cell(x, state)
    return h, h


def unroll(cell, xs, lstm):
    b = xs.size(1)
    state = (torch.zeros(b, 8), torch.zeros(b, 8)) if lstm else torch.zeros(b, 8)
    outs = []
    for x in xs:
        h, state = step(cell, x, state, lstm)
        outs.append(h)
    return torch.stack(outs)


def probe():
    xs = torch.randn(5, 2, 3)
    assert unroll(nn.LSTMCell(3, 8), xs, True).shape == (5, 2, 8)
    assert unroll(nn.GRUCell(3, 8), xs, lstm=False).shape == (5, 2, 8)
