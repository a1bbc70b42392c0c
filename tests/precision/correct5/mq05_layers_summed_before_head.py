"""All layers' h_n summed over dim 0 into one (B, H) summary."""
import torch
import torch.nn as nn

gru = nn.GRU(3, 5, num_layers=4)
fc = nn.Linear(5, 1)


def probe():
    _, h = gru(torch.randn(6, 2, 3))
    assert fc(h.sum(0)).shape == (2, 1)
