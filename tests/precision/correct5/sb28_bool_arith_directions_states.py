"""States' first dim num_layers * (1 + bidirectional): bool arithmetic gives 2 or 1."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hid, layers, bidirectional):
        super().__init__()
        self.hid, self.layers, self.bidirectional = hid, layers, bidirectional
        self.gru = nn.GRU(n_in, hid, layers, bidirectional=bidirectional)

    def forward(self, x):
        h0 = torch.zeros(self.layers * (1 + self.bidirectional), x.size(1), self.hid)
        return self.gru(x, h0)


def probe():
    Encoder(3, 4, 2, True)(torch.randn(5, 2, 3))
    Encoder(3, 4, 2, False)(torch.randn(5, 2, 3))
