# expect: LC007 line 11
"""h_n of a 2-layer BiGRU flattened per sample (4 * H); the head takes 2 * H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=5, layers=2):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 3)  # fix: layers * 2 * hidden

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(h.permute(1, 0, 2).reshape(x.size(1), -1))


def probe():
    Model()(torch.randn(6, 3, 4))
