"""Per-layer (h, c) pairs in a dict keyed by layer index, filled in a loop over range(L) from
the LSTM's final state, handed to LSTMCells layer by layer."""
import torch
import torch.nn as nn

L, H = 2, 5
lstm = nn.LSTM(3, H, L)
cells = nn.ModuleList([nn.LSTMCell(3 if i == 0 else H, H) for i in range(L)])

_, (h, c) = lstm(torch.randn(6, 4, 3))
states = {i: (h[i], c[i]) for i in range(L)}
x = torch.randn(4, 3)
for i in range(L):
    states[i] = cells[i](x, states[i])
    x = states[i][0]


def probe():
    assert x.shape == (4, H)
