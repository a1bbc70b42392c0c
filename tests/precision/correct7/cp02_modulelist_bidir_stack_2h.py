"""A comprehension of bidirectional GRUs: the layers after the first take 2*H."""
import torch
import torch.nn as nn


class BiStack(nn.Module):
    def __init__(self, input_size, hidden_size, depth=3):
        super().__init__()
        self.layers = nn.ModuleList([
            nn.GRU(input_size if i == 0 else 2 * hidden_size, hidden_size,
                   batch_first=True, bidirectional=True)
            for i in range(depth)
        ])
        self.norms = nn.ModuleList([nn.LayerNorm(2 * hidden_size) for _ in range(depth)])

    def forward(self, x):
        for rnn, norm in zip(self.layers, self.norms):
            x = norm(rnn(x)[0])
        return x


def probe():
    assert BiStack(5, 8)(torch.randn(2, 9, 5)).shape == (2, 9, 16)
