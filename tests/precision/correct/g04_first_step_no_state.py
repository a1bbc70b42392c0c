"""A loop whose first step passes no state (h=None) and later steps the returned one."""
import torch
from torch import nn

lstm = nn.LSTM(4, 6, num_layers=2, batch_first=True)
head = nn.Linear(6, 4)


def rollout(x0, steps=4):
    state = None
    x, outs = x0, []
    for _ in range(steps):
        out, state = lstm(x, state)
        x = head(out[:, -1:])
        outs.append(x)
    return torch.cat(outs, 1)


def probe():
    assert rollout(torch.randn(3, 5, 4)).shape == (3, 4, 4)
