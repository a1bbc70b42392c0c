"""A 2-layer bidirectional encoder's state reshaped to (layers, B, 2H) for a decoder of hidden 2H."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in=3, hidden=6, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.LSTM(n_in, hidden, layers, bidirectional=True)
        self.decoder = nn.LSTM(n_in, 2 * hidden, layers)

    def _bridge(self, s):
        b = s.size(1)
        return s.view(self.layers, 2, b, self.hidden).transpose(1, 2).reshape(self.layers, b, 2 * self.hidden)

    def forward(self, src, tgt):
        _, (h, c) = self.encoder(src)
        return self.decoder(tgt, (self._bridge(h), self._bridge(c)))[0]


def probe():
    out = Seq2Seq()(torch.randn(5, 2, 3), torch.randn(4, 2, 3))
    assert out.shape == (4, 2, 12)
