"""Steps over sequences sorted by length: at each step only the first bs rows are active."""
import torch
from torch import nn

cell = nn.GRUCell(3, 6)


def run(x, lengths):
    # x (T, B, 3) with lengths sorted in decreasing order
    h = torch.zeros(x.size(1), 6)
    outs = []
    for t in range(x.size(0)):
        bs = int((lengths > t).sum())
        h_active = cell(x[t, :bs], h[:bs])
        h = torch.cat([h_active, h[bs:]], 0)
        outs.append(h)
    return torch.stack(outs)


def probe():
    assert run(torch.randn(5, 4, 3), torch.tensor([5, 4, 2, 1])).shape == (5, 4, 6)
