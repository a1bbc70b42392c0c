"""An LSTM encoder's h (not the (h, c) pair) starts a GRU decoder of the same size."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=5, hidden=9):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden)
        self.decoder = nn.GRU(n_in, hidden)

    def forward(self, src, tgt):
        _, (h, _) = self.encoder(src)
        out, _ = self.decoder(tgt, h)
        return out


def probe():
    out = Model()(torch.randn(6, 2, 5), torch.randn(3, 2, 5))
    assert out.shape == (3, 2, 9)
