"""One sequence at a time (unbatched, 2-D input): output (L, H), the last row for the head."""
import torch
import torch.nn as nn

rnn = nn.GRU(8, 16)
head = nn.Linear(16, 2)


def score(sequence):
    out, h = rnn(sequence)          # out: (L, 16), h: (1, 16)
    return head(out[-1]), head(h.squeeze(0))


def probe():
    a, b = score(torch.randn(9, 8))
    assert a.shape == (2,) and torch.allclose(a, b, atol=1e-6)
