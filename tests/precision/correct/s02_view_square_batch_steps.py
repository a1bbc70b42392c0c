"""Batch and steps happen to be the same number (5); batch_first view puts it in both."""
import torch
from torch import nn

lstm = nn.LSTM(6, 16, batch_first=True)


def run(x):
    h = torch.zeros(1, 5, 16)
    return lstm(x.view(5, 5, 6), (h, h))[0]


def probe():
    assert run(torch.randn(150)).shape == (5, 5, 16)
