"""Truncated BPTT: the state detached between batches and re-made when the batch size changes."""
import torch
import torch.nn as nn


def repackage(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage(v) for v in h)


def train(batches, hidden=8, layers=2):
    model = nn.LSTM(5, hidden, layers)
    state = None
    for x in batches:
        if state is None or state[0].size(1) != x.size(1):
            state = (torch.zeros(layers, x.size(1), hidden), torch.zeros(layers, x.size(1), hidden))
        else:
            state = repackage(state)
        out, state = model(x, state)
    return out


def probe():
    batches = [torch.randn(10, 4, 5)] * 3 + [torch.randn(10, 2, 5)]
    assert train(batches).shape == (10, 2, 8)
