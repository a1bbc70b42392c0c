"""Encoder of 1 layer, decoder of 2 layers: a Linear(H, 2H) on h[-1], viewed (B, 2, H) and
permuted to (2, B, H)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, dec_layers=2):
        super().__init__()
        self.hidden, self.dec_layers = hidden, dec_layers
        self.encoder = nn.GRU(n_in, hidden, batch_first=True)
        self.bridge = nn.Linear(hidden, dec_layers * hidden)
        self.decoder = nn.GRU(n_in, hidden, dec_layers, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = self.bridge(h[-1]).view(-1, self.dec_layers, self.hidden).permute(1, 0, 2).contiguous()
        return self.decoder(tgt, h)[0]


def probe():
    result = Model(3, 4)(torch.randn(5, 6, 3), torch.randn(5, 2, 3)).shape
    assert result == (5, 2, 4)
