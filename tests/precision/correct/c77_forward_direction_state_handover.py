"""A bidirectional encoder hands each layer's forward-direction state to a one-way decoder
of the same depth: view(layers, 2, B, H)[:, 0]."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, n_out, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.encoder = nn.GRU(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(n_out, hidden, layers)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.view(self.layers, 2, src.size(1), self.hidden)[:, 0].contiguous()
        out, _ = self.decoder(tgt, h)
        return self.head(out)


def probe():
    model = Model(n_in=4, n_out=3, hidden=6, layers=2)
    assert model(torch.randn(7, 2, 4), torch.randn(5, 2, 3)).shape == (5, 2, 3)
