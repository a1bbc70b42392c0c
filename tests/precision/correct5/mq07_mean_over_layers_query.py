"""A 3-layer GRU's states averaged over layers, (B, H), used as a dot-attention query."""
import torch
import torch.nn as nn

gru = nn.GRU(4, 6, num_layers=3, batch_first=True)


def attend(x, memory):                  # memory (B, L, 6)
    _, h = gru(x)
    query = h.mean(dim=0)               # (B, H)
    scores = torch.bmm(memory, query.unsqueeze(2)).squeeze(2)
    return torch.bmm(scores.softmax(-1).unsqueeze(1), memory).squeeze(1)


def probe():
    assert attend(torch.randn(2, 5, 4), torch.randn(2, 8, 6)).shape == (2, 6)
