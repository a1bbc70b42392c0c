# expect: LC009 line 17
"""A bidirectional encoder's last two directions joined (2*hidden) become the state of a
one-way decoder of width hidden, with no bridge between them."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, n_in, n_out, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.decoder = nn.GRU(n_out, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, n_out)

    def forward(self, src, tgt):
        _, h = self.encoder(src)
        h = torch.cat([h[-2], h[-1]], dim=1).unsqueeze(0)  # fix: a Linear(2*hidden, hidden) bridge here
        out, _ = self.decoder(tgt, h)
        return self.proj(out)


def probe():
    Seq2Seq(4, 3, 8)(torch.randn(2, 6, 4), torch.randn(2, 5, 3))
