# expect: LC009 line 11
"""Learned initial states sized (layers, 1, H) for a bidirectional LSTM, expanded to the batch."""
import torch
import torch.nn as nn


class LearnedInit(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.h0 = nn.Parameter(torch.zeros(layers, 1, hidden))  # fix: layers * 2
        self.c0 = nn.Parameter(torch.zeros(layers * 2, 1, hidden))

    def forward(self, x):
        b = x.size(0)
        h0 = self.h0.expand(-1, b, -1).contiguous()
        c0 = self.c0.expand(-1, b, -1).contiguous()
        return self.lstm(x, (h0, c0))[0]


def probe():
    LearnedInit(5, 8, 2)(torch.randn(4, 6, 5))
