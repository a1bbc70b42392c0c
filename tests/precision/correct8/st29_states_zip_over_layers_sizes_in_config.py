"""Per-layer states from a config list of widths: `for (h, c), cell in zip(states, cells)`, the
new states collected and returned as a list the next call takes back."""
import torch
import torch.nn as nn

CONFIG = {"input": 6, "widths": [20, 20, 10]}


class Stack(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        ins = [cfg["input"]] + cfg["widths"][:-1]
        self.cells = nn.ModuleList([nn.LSTMCell(i, w) for i, w in zip(ins, cfg["widths"])])

    def zero_states(self, batch):
        return [(torch.zeros(batch, c.hidden_size),) * 2 for c in self.cells]

    def forward(self, x_t, states):
        new = []
        for (h, c), cell in zip(states, self.cells):
            h, c = cell(x_t, (h, c))
            new.append((h, c))
            x_t = h
        return x_t, new


def probe():
    stack = Stack(CONFIG)
    states = stack.zero_states(4)
    for t in range(3):
        y, states = stack(torch.randn(4, 6), states)
    assert y.shape == (4, 10)
