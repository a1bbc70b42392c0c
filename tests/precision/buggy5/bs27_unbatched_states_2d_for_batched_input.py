# expect: LC009 line 10
"""A batched (L, B, F) input given 2-D states (layers, H) with no batch dim."""
import torch
import torch.nn as nn

rnn = nn.GRU(3, 5, num_layers=2)


def run(x):
    h0 = torch.zeros(2, 5)  # fix: torch.zeros(2, x.size(1), 5)
    return rnn(x, h0)


def probe():
    run(torch.randn(6, 4, 3))
