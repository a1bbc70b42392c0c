# expect: LC007 line 12
"""All layers' final states permuted and flattened (layers * 2 * H) into a head built for the
two directions of one layer."""
import torch
import torch.nn as nn


class AllFinals(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 3)  # fix: layers * 2 * hidden

    def forward(self, x):
        _, h_n = self.gru(x)
        return self.head(h_n.permute(1, 0, 2).reshape(x.size(1), -1))


def probe():
    AllFinals(4, 5, 3)(torch.randn(6, 2, 4))
