"""A one-layer encoder's state is repeated for each layer of a two-layer decoder."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=5, hidden=9, dec_layers=2):
        super().__init__()
        self.dec_layers = dec_layers
        self.encoder = nn.GRU(n_in, hidden)
        self.decoder = nn.GRU(n_in, hidden, dec_layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.repeat(self.dec_layers, 1, 1)
        return self.decoder(tgt, h)[0]


def probe():
    Model()(torch.randn(6, 3, 5), torch.randn(2, 3, 5))
