"""Unbatched bidirectional GRU: h_n is (2, H), its two rows joined to (2H,) for a Linear."""
import torch
import torch.nn as nn

gru = nn.GRU(5, 8, bidirectional=True)
head = nn.Linear(16, 3)


def classify(seq):          # seq: (L, 5), one sentence
    _, h = gru(seq)         # h: (2, 8)
    return head(torch.cat([h[0], h[1]], dim=-1))


def probe():
    result = classify(torch.randn(7, 5)).shape
    assert result == (3,)
