"""Batch-first output, out[-1] deliberately: the last sequence of the batch (a (L, H) matrix),
used to plot its per-step activations, not as a head's input."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 4, batch_first=True)


def activations_of_last_sample(x):
    out, _ = lstm(x)
    return out[-1].detach().t()   # (H, L) for a heat map


def probe():
    assert activations_of_last_sample(torch.randn(5, 9, 3)).shape == (4, 9)
