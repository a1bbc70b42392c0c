"""Truncated BPTT over a (B, T) batch-first stream: chunks are columns, the batch stays 16."""
import torch
from torch import nn

B, CHUNK = 16, 16
stream = torch.randn(B, 100, 3)
gru = nn.GRU(3, 8, batch_first=True)


def probe():
    h = torch.zeros(1, B, 8)
    for i in range(0, stream.size(1), CHUNK):
        x = stream[:, i:i + CHUNK]
        out, h = gru(x, h.detach())
