# expect: LC007 line 12
"""Dot attention by bmm: the encoder is bidirectional (2H) and the decoder one-way of H, so
the scores' bmm multiplies (B, S, 2H) by (B, H, 1)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.enc = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.dec = nn.GRU(n_in, hidden, batch_first=True)  # fix: 2 * hidden, or project the memory

    def forward(self, src, tgt):
        memory, _ = self.enc(src)
        out, h = self.dec(tgt)
        scores = torch.bmm(memory, h[-1].unsqueeze(2))
        return scores.squeeze(2).softmax(1)


def probe():
    Model(3, 5)(torch.randn(2, 6, 3), torch.randn(2, 4, 3))
