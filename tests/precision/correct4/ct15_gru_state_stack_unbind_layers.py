"""A GRU's h_n unbound into its layers, each changed, and stacked back before the next call."""
import torch
import torch.nn as nn

gru = nn.GRU(5, 7, num_layers=3)


def carry(x, h):
    out, h = gru(x, h)
    layers = [t * 0.5 for t in h.unbind(0)]
    return out, torch.stack(layers, 0)


def probe():
    h = torch.zeros(3, 2, 7)
    for _ in range(3):
        out, h = carry(torch.randn(4, 2, 5), h)
    assert h.shape == (3, 2, 7)
