"""A bidirectional two-layer LSTM's h0 has num_layers * 2 rows."""
import torch
import torch.nn as nn


class BiTagger(nn.Module):
    def __init__(self, n_in=7, hidden=11, num_layers=2):
        super().__init__()
        self.num_layers, self.hidden = num_layers, hidden
        self.lstm = nn.LSTM(n_in, hidden, num_layers, batch_first=True, bidirectional=True)

    def forward(self, x):
        shape = (self.num_layers * 2, x.size(0), self.hidden)
        out, _ = self.lstm(x, (torch.zeros(shape), torch.zeros(shape)))
        return out


def probe():
    BiTagger()(torch.randn(3, 6, 7))
