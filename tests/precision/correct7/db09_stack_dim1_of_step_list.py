"""Steps collected in a list and stacked on dim 1 (batch first), each step (B, F)."""
import torch
import torch.nn as nn


def collect(n_steps, batch, features):
    steps = []
    for _ in range(n_steps):
        steps.append(torch.randn(batch, features))
    return torch.stack(steps, dim=1)


def probe():
    x = collect(9, 4, 6)
    gru = nn.GRU(6, 10, batch_first=True)
    out, h = gru(x)
    assert out.shape == (4, 9, 10) and h.shape == (1, 4, 10)
