"""A GRUCell decoder takes the encoder's h_n squeezed with no dim: a batch of one loses its
batch dim too, and the cell gets a 1-D state for a 2-D input."""
import torch
import torch.nn as nn


class Greedy(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden)
        self.cell = nn.GRUCell(n_in, hidden)

    def forward(self, src, first):
        _, h = self.encoder(src)
        h = h.squeeze()  # expect: LC009
        return self.cell(first, h)


def probe():
    Greedy()(torch.randn(5, 1, 4), torch.randn(1, 4))
