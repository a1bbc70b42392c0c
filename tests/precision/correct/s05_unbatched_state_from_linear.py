"""Unbatched input (L, H_in): a Linear's (1, H) output is the right 2-D state."""
import torch
import torch.nn as nn

init = nn.Linear(4, 10)
gru = nn.GRU(3, 10)


def step_through(seq, code):
    h = torch.tanh(init(code))          # code (1, 4) -> (1, 10)
    return gru(seq, h)[0]


def probe():
    assert step_through(torch.randn(7, 3), torch.randn(1, 4)).shape == (7, 10)
