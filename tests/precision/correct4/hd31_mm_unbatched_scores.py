"""Unbatched: the output (L, H) of one sequence scored against a memory (S, H) with torch.mm."""
import torch
import torch.nn as nn

enc = nn.GRU(3, 6)
dec = nn.GRU(3, 6)


def probe():
    memory, h = enc(torch.randn(7, 3))       # (7, 6), (1, 6)
    out, _ = dec(torch.randn(4, 3), h)       # (4, 6)
    scores = torch.mm(out, memory.t())       # (4, 7)
    context = scores.softmax(-1).mm(memory)  # (4, 6)
    assert context.shape == (4, 6)
