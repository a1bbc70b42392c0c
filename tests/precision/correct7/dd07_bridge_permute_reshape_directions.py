"""Directions moved next to the features with view/permute/reshape (B first), then back."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.dec = nn.LSTM(n_in, 2 * hidden, layers)
        self.layers, self.hidden = layers, hidden

    def _bridge(self, s):
        B = s.size(1)
        s = s.view(self.layers, 2, B, self.hidden).permute(0, 2, 1, 3)
        return s.reshape(self.layers, B, 2 * self.hidden)

    def forward(self, src, tgt):
        _, (h, c) = self.enc(src)
        return self.dec(tgt, (self._bridge(h), self._bridge(c)))[0]


def probe():
    assert Seq2Seq(3, 4, 2)(torch.randn(5, 6, 3), torch.randn(2, 6, 3)).shape == (2, 6, 8)
