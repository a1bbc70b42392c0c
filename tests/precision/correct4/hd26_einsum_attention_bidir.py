"""Attention written with einsum over a bidirectional encoder's outputs (2H) and a decoder of
2H: the widths agree by construction."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.enc = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.dec = nn.LSTM(n_in, 2 * hidden, batch_first=True)

    def forward(self, src, tgt):
        memory, _ = self.enc(src)                               # (B, S, 2H)
        queries, _ = self.dec(tgt)                              # (B, T, 2H)
        scores = torch.einsum("btd,bsd->bts", queries, memory)
        return torch.einsum("bts,bsd->btd", scores.softmax(-1), memory)


def probe():
    result = Model(3, 4)(torch.randn(2, 6, 3), torch.randn(2, 5, 3)).shape
    assert result == (2, 5, 8)
