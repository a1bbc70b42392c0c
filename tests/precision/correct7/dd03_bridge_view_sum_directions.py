"""h.view(L, 2, B, H).sum(1): the directions summed, for a decoder of the same hidden size."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.dec = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.layers, self.hidden = layers, hidden

    def merge(self, s, batch):
        return s.view(self.layers, 2, batch, self.hidden).sum(dim=1)

    def forward(self, src, tgt):
        _, (h, c) = self.enc(src)
        b = src.size(0)
        out, _ = self.dec(tgt, (self.merge(h, b), self.merge(c, b)))
        return out


def probe():
    assert Model(5, 7, 3)(torch.randn(2, 6, 5), torch.randn(2, 4, 5)).shape == (2, 4, 7)
