"""h_n of a one-layer bidirectional GRU is moved batch-first and flattened to
(batch, 2 * hidden)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=8, hidden=10, out=4):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, bidirectional=True, batch_first=True)
        self.proj = nn.Linear(2 * hidden, out)

    def forward(self, x):
        _, h_n = self.gru(x)
        h_n = h_n.permute(1, 0, 2).reshape(x.size(0), -1)
        return self.proj(h_n)


def probe():
    Encoder()(torch.randn(3, 5, 8))
