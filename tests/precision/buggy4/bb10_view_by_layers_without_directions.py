# expect: LC009 line 17
"""A bidirectional encoder's h (2L, B, H) viewed as if it had L rows only, (L, B, 2H), then
handed to a decoder of 2H: the view joins the wrong rows."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, hidden=6, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.encoder = nn.GRU(3, hidden, layers, bidirectional=True)
        self.decoder = nn.GRU(3, 2 * hidden, layers)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h.view(self.layers, -1, self.hidden)  # fix: view(layers, 2, B, H) and join dims 1 and 3
        return self.decoder(tgt, h)[0]


def probe():
    Model()(torch.randn(5, 3, 3), torch.randn(2, 3, 3))
