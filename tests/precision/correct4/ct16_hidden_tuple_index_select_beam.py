"""Beam search reorders an LSTM state tuple with index_select on dim 1 of each element."""
import torch
import torch.nn as nn


def reorder(state, order):
    return tuple(s.index_select(1, order) for s in state)


decoder = nn.LSTM(4, 6, 2)


def probe():
    beam = 3
    state = (torch.zeros(2, beam, 6), torch.zeros(2, beam, 6))
    x = torch.randn(1, beam, 4)
    for _ in range(3):
        out, state = decoder(x, state)
        state = reorder(state, torch.tensor([0, 0, 2]))
    assert out.shape == (1, 3, 6)
