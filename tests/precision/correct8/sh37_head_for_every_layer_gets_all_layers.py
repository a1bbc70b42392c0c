"""A head sized for every layer and direction (layers * 2 * H) fed h_n permuted to batch-first
and flattened: all layers' finals, as the head expects."""
import torch
import torch.nn as nn


class AllFinals(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.head = nn.Linear(layers * 2 * hidden, 3)

    def forward(self, x):
        _, h_n = self.gru(x)
        flat = h_n.permute(1, 0, 2).reshape(x.size(1), -1)
        return self.head(flat)


def probe():
    assert AllFinals(4, 5, 3)(torch.randn(6, 2, 4)).shape == (2, 3)
