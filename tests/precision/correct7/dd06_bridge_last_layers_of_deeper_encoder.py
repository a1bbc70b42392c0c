"""A 3-layer bidirectional encoder feeding a 1-layer decoder: the last layer's two directions,
h[-2:], joined along the features."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, emb, hidden):
        super().__init__()
        self.enc = nn.GRU(emb, hidden, 3, bidirectional=True)
        self.dec = nn.GRU(emb, 2 * hidden)

    def forward(self, src, tgt):
        _, h = self.enc(src)
        h = torch.cat([h[-2], h[-1]], dim=-1).unsqueeze(0)
        return self.dec(tgt, h)[0]


def probe():
    assert Model(4, 5)(torch.randn(6, 2, 4), torch.randn(3, 2, 4)).shape == (3, 2, 10)
