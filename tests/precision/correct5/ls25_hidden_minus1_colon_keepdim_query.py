"""hidden[-1:] keeps (1, B, H) of a 3-layer decoder: permuted to (B, 1, H) as a bmm query."""
import torch
import torch.nn as nn

dec = nn.GRU(5, 6, num_layers=3)


def attend(x, memory):      # memory (B, L, 6)
    _, hidden = dec(x)
    query = hidden[-1:].permute(1, 0, 2)        # (B, 1, H)
    weights = torch.bmm(query, memory.transpose(1, 2)).softmax(-1)
    return torch.bmm(weights, memory)


def probe():
    assert attend(torch.randn(2, 4, 5), torch.randn(4, 7, 6)).shape == (4, 1, 6)
