"""A ModuleList of one-layer GRUs with residual connections; the first reads the projection."""
import torch
from torch import nn


class ResidualGRUStack(nn.Module):
    def __init__(self, n_in, hidden, depth):
        super().__init__()
        self.input_proj = nn.Linear(n_in, hidden)
        self.layers = nn.ModuleList([nn.GRU(hidden, hidden, batch_first=True) for _ in range(depth)])
        self.norms = nn.ModuleList([nn.LayerNorm(hidden) for _ in range(depth)])

    def forward(self, x, states=None):
        x = self.input_proj(x)
        if states is None:
            states = [None] * len(self.layers)
        new_states = []
        for gru, norm, state in zip(self.layers, self.norms, states):
            y, h = gru(x, state)
            x = norm(x + y)
            new_states.append(h)
        return x, new_states


def probe():
    model = ResidualGRUStack(n_in=5, hidden=12, depth=3)
    y, states = model(torch.randn(2, 7, 5))
    y, states = model(torch.randn(2, 4, 5), states)
    assert y.shape == (2, 4, 12)
