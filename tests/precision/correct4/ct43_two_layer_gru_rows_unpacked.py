"""A 2-layer GRU's final state unpacked by layer, `lower, upper = h_n`; the upper layer feeds
the head."""
import torch
import torch.nn as nn

gru = nn.GRU(4, 7, num_layers=2)
head = nn.Linear(7, 1)


def probe():
    _, h_n = gru(torch.randn(5, 3, 4))
    lower, upper = h_n
    scores = head(upper)
    assert scores.shape == (3, 1) and lower.shape == (3, 7)
