"""A learned initial state repeated along the batch (dim 1) for a sequence-first GRU."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=5, n_hidden=11, n_layers=2):
        super().__init__()
        self.init_h = nn.Parameter(torch.randn(n_layers, 1, n_hidden) * 0.01)
        self.gru = nn.GRU(n_in, n_hidden, n_layers)

    def forward(self, seq):
        h0 = self.init_h.repeat(1, seq.size(1), 1)
        out, hn = self.gru(seq, h0)
        return hn


def probe():
    Model()(torch.randn(9, 3, 5))
