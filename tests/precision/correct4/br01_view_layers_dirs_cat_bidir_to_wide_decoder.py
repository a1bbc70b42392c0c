"""Bidirectional encoder of L layers -> one-way decoder of L layers and 2H: h_n viewed
(L, 2, B, H) and the directions joined per layer."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, hidden, num_layers):
        super().__init__()
        self.num_layers, self.hidden = num_layers, hidden
        self.encoder = nn.GRU(n_in, hidden, num_layers, bidirectional=True)
        self.decoder = nn.GRU(n_in, 2 * hidden, num_layers)

    def bridge(self, h):
        h = h.view(self.num_layers, 2, h.size(1), self.hidden)
        return torch.cat([h[:, 0], h[:, 1]], dim=2)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        out, _ = self.decoder(tgt, self.bridge(h))
        return out


def probe():
    result = Seq2Seq(3, 5, 2)(torch.randn(6, 4, 3), torch.randn(2, 4, 3)).shape
    assert result == (2, 4, 10)
