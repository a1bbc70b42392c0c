# expect: LC009 line 15
"""A decoder of 2H handed one direction of the encoder's last layer, h[-1] (H wide)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, hidden=5):
        super().__init__()
        self.encoder = nn.GRU(3, hidden, bidirectional=True, batch_first=True)
        self.decoder = nn.GRU(3, 2 * hidden, batch_first=True)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = h[-1].unsqueeze(0)  # fix: torch.cat([h[-2], h[-1]], -1).unsqueeze(0)
        return self.decoder(tgt, h)[0]


def probe():
    Model()(torch.randn(2, 6, 3), torch.randn(2, 3, 3))
