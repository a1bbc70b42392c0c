"""Per-layer states of different widths in a tuple, taken by the loop counter: hs[i] is layer
i's own state."""
import torch
import torch.nn as nn

sizes = [3, 8, 5]
cells = nn.ModuleList(nn.GRUCell(a, b) for a, b in zip(sizes, sizes[1:]))


def probe():
    hs = (torch.zeros(2, 8), torch.zeros(2, 5))
    x = torch.randn(2, 3)
    new = []
    for i, cell in enumerate(cells):
        x = cell(x, hs[i])
        new.append(x)
    assert new[0].shape == (2, 8) and new[1].shape == (2, 5)
