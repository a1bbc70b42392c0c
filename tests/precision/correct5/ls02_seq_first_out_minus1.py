"""Sequence-first (default layout): out[-1] is the last step, (B, H)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.rnn = nn.GRU(n_in, n_hidden)
        self.linear = nn.Linear(n_hidden, n_out)

    def forward(self, seq):   # (L, B, n_in)
        out, _ = self.rnn(seq)
        return self.linear(out[-1])


def probe():
    assert Model(4, 6, 1)(torch.randn(11, 3, 4)).shape == (3, 1)
