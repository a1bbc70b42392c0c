"""h[3] of a 2-layer bidirectional state (4 rows): the last layer's backward direction, with
h[2] its forward one, joined for a Linear(2H)."""
import torch
import torch.nn as nn

rnn = nn.GRU(3, 5, num_layers=2, bidirectional=True)
fc = nn.Linear(10, 1)

_, h = rnn(torch.randn(6, 2, 3))
y = fc(torch.cat([h[2], h[3]], dim=-1))


def probe():
    assert y.shape == (2, 1)
