"""Learned initial states kept as parameters of batch 1, expanded to the batch at run time."""
import torch
import torch.nn as nn


class LearnedInitLSTM(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        directions = 2 if bidirectional else 1
        self.lstm = nn.LSTM(n_in, hidden, layers, batch_first=True, bidirectional=bidirectional)
        self.h0 = nn.Parameter(torch.zeros(layers * directions, 1, hidden))
        self.c0 = nn.Parameter(torch.zeros(layers * directions, 1, hidden))

    def forward(self, x):
        batch = x.size(0)
        h0 = self.h0.expand(-1, batch, -1).contiguous()
        c0 = self.c0.expand(-1, batch, -1).contiguous()
        out, _ = self.lstm(x, (h0, c0))
        return out


def probe():
    for bidir in (False, True):
        model = LearnedInitLSTM(n_in=3, hidden=5, layers=2, bidirectional=bidir)
        assert model(torch.randn(4, 6, 3)).shape == (4, 6, 5 * (2 if bidir else 1))
