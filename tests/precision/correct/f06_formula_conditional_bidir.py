"""input_size = emb + (2 * hidden if bidirectional else hidden) for the context each step."""
import torch
from torch import nn


class Decoder(nn.Module):
    def __init__(self, emb, hidden, bidirectional):
        super().__init__()
        self.encoder = nn.GRU(emb, hidden, batch_first=True, bidirectional=bidirectional)
        input_size = emb + (2 * hidden if bidirectional else hidden)
        self.decoder = nn.GRU(input_size, hidden, batch_first=True)

    def forward(self, src, tgt):
        enc, _ = self.encoder(src)
        ctx = enc[:, -1:].expand(-1, tgt.size(1), -1)
        return self.decoder(torch.cat([tgt, ctx], 2))[0]


def probe():
    for bi in (True, False):
        assert Decoder(4, 6, bi)(torch.randn(2, 5, 4), torch.randn(2, 3, 4)).shape == (2, 3, 6)
