"""States travel packed in a tuple with extra bookkeeping (h, step); the GRU gets h alone."""
import torch
import torch.nn as nn

gru = nn.GRU(2, 3, batch_first=True)


def step(x, carry):
    h, t = carry
    out, h = gru(x, h)
    return out, (h, t + 1)


def probe():
    carry = (torch.zeros(1, 4, 3), 0)
    for _ in range(3):
        out, carry = step(torch.randn(4, 1, 2), carry)
    assert carry[1] == 3 and out.shape == (4, 1, 3)
