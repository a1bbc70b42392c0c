"""Learned initial states: Parameters of (layers * 2, 1, H) expanded to the batch and made
contiguous before a bidirectional LSTM."""
import torch
import torch.nn as nn


class LearnedInit(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.h0 = nn.Parameter(torch.zeros(layers * 2, 1, hidden))
        self.c0 = nn.Parameter(torch.zeros(layers * 2, 1, hidden))

    def forward(self, x):
        b = x.size(0)
        h0 = self.h0.expand(-1, b, -1).contiguous()
        c0 = self.c0.expand(-1, b, -1).contiguous()
        out, _ = self.lstm(x, (h0, c0))
        return out


def probe():
    assert LearnedInit(5, 8, 3)(torch.randn(4, 6, 5)).shape == (4, 6, 16)
