"""Directions joined with view/permute/reshape: (L*2, B, H) -> (L, B, 2H)."""
import torch
import torch.nn as nn


class Bridge(nn.Module):
    def __init__(self, layers, hidden):
        super().__init__()
        self.layers, self.hidden = layers, hidden

    def forward(self, h):
        b = h.size(1)
        h = h.view(self.layers, 2, b, self.hidden).permute(0, 2, 1, 3)
        return h.contiguous().view(self.layers, b, 2 * self.hidden)


encoder = nn.LSTM(5, 6, num_layers=3, bidirectional=True)
decoder = nn.LSTM(5, 12, num_layers=3)
bridge = Bridge(3, 6)


def probe():
    _, (h, c) = encoder(torch.randn(4, 2, 5))
    out, _ = decoder(torch.randn(3, 2, 5), (bridge(h), bridge(c)))
    assert out.shape == (3, 2, 12)
