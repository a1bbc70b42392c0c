"""An LSTMCell stepping through a sequence-first tensor; (h, c) sized by x.size(1)."""
import torch
import torch.nn as nn

cell = nn.LSTMCell(4, 6)
out = nn.Linear(6, 4)


def generate(x):          # (L, B, 4)
    h = torch.zeros(x.size(1), 6)
    c = torch.zeros(x.size(1), 6)
    ys = []
    for step in x:
        h, c = cell(step, (h, c))
        ys.append(out(h))
    return torch.stack(ys)


def probe():
    assert generate(torch.randn(7, 3, 4)).shape == (7, 3, 4)
