"""Separate bidirectional layers, each keeping its own (2, B, H) state in a list; zip over
layers and states, inputs 2H after the first."""
import torch
import torch.nn as nn


class Stack(nn.Module):
    def __init__(self, n_in, hidden, depth):
        super().__init__()
        self.layers = nn.ModuleList(
            nn.GRU(n_in if i == 0 else 2 * hidden, hidden, bidirectional=True) for i in range(depth))
        self.hidden = hidden

    def zero_state(self, batch):
        return [torch.zeros(2, batch, self.hidden) for _ in self.layers]

    def forward(self, x, states):
        new_states = []
        for layer, h in zip(self.layers, states):
            x, h = layer(x, h)
            new_states.append(h)
        return x, new_states


def probe():
    stack = Stack(3, 6, 3)
    states = stack.zero_state(4)
    for _ in range(2):
        out, states = stack(torch.randn(5, 4, 3), states)
    assert out.shape == (5, 4, 12)
