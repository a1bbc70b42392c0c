"""A dropout knob goes into a GRU that keeps the default single layer."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=16, dropout=0.2):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, dropout=dropout)  # expect: LC006

    def forward(self, x):
        return self.gru(x)[0]


def probe():
    Encoder()(torch.randn(2, 3, 8))
