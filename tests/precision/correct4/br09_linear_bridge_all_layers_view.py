"""A bridge Linear(2H, H) applied to every layer: h (2L, B, H) viewed (L, 2, B, H), directions
moved last and joined (L, B, 2H), then projected to an L-layer decoder."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.GRU(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.bridge = nn.Linear(2 * hidden, hidden)
        self.decoder = nn.GRU(n_in, hidden, layers, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        B = src.size(0)
        h = h.view(self.layers, 2, B, self.hidden).permute(0, 2, 1, 3).reshape(self.layers, B, -1)
        out, _ = self.decoder(tgt, torch.tanh(self.bridge(h)))
        return out


def probe():
    result = Model(3, 5, 3)(torch.randn(4, 6, 3), torch.randn(4, 2, 3)).shape
    assert result == (4, 2, 5)
