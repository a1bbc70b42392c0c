"""h_n[-1] of a bidirectional GRU is the last layer's backward direction, (B, H): a head of H
is right for it."""
import torch
import torch.nn as nn

gru = nn.GRU(5, 7, num_layers=2, bidirectional=True, batch_first=True)
fc = nn.Linear(7, 3)


def probe():
    _, h = gru(torch.randn(4, 6, 5))
    assert fc(h[-1]).shape == (4, 3)
