"""Bidirectional layers indexed by i: layer 0 takes n_in, the others 2*hidden."""
import torch
import torch.nn as nn


class DeepBi(nn.Module):
    def __init__(self, n_in, hidden, n_layers=3):
        super().__init__()
        self.n_layers = n_layers
        self.layers = nn.ModuleList()
        for i in range(n_layers):
            self.layers.append(nn.GRU(n_in if i == 0 else 2 * hidden, hidden,
                                      batch_first=True, bidirectional=True))

    def forward(self, x):
        for i in range(self.n_layers):
            x, _ = self.layers[i](x)
        return x


def probe():
    assert DeepBi(4, 5)(torch.randn(2, 7, 4)).shape == (2, 7, 10)
