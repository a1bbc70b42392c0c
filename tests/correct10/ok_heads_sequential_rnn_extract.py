"""A Sequential-friendly wrapper keeps only the LSTM's output; the next Linear is sized for
the bidirectional width."""
import torch
import torch.nn as nn


class TakeOutput(nn.Module):
    def forward(self, result):
        return result[0]


def build(n_in=6, hidden=7, classes=4):
    return nn.Sequential(
        nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True),
        TakeOutput(),
        nn.Linear(2 * hidden, classes),
    )


def probe():
    build()(torch.randn(3, 5, 6))
