"""Layers appended in a loop with the width carried in a variable, then wrapped in ModuleList."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_dim, hidden_dims):
        super().__init__()
        layers = []
        width = input_dim
        for h in hidden_dims:
            layers.append(nn.GRU(width, h, batch_first=True, bidirectional=True))
            width = 2 * h
        self.layers = nn.ModuleList(layers)
        self.output_dim = width

    def forward(self, x):
        for gru in self.layers:
            x, _ = gru(x)
        return x


def probe():
    enc = Encoder(4, [8, 6, 10])
    y = enc(torch.randn(3, 7, 4))
    assert y.shape == (3, 7, enc.output_dim) == (3, 7, 20)
