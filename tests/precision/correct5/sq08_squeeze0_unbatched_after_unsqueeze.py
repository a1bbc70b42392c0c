"""One sequence unsqueezed to a batch of one, and the output squeezed back with squeeze(0)."""
import torch
import torch.nn as nn

gru = nn.GRU(3, 5, batch_first=True)
head = nn.Linear(5, 2)


def classify(seq):  # seq: (L, 3)
    out, h = gru(seq.unsqueeze(0))
    return head(h.squeeze(0).squeeze(0))


def probe():
    assert classify(torch.randn(7, 3)).shape == (2,)
