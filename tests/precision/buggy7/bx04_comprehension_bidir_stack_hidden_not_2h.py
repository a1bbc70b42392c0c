# expect: LC008 line 11
"""A comprehension of bidirectional GRUs whose later layers take H, not 2*H."""
import torch
import torch.nn as nn


class BiStack(nn.Module):
    def __init__(self, input_size, hidden_size, depth=3):
        super().__init__()
        self.layers = nn.ModuleList([
            nn.GRU(input_size if i == 0 else hidden_size, hidden_size,  # fix: 2 * hidden_size
                   batch_first=True, bidirectional=True)
            for i in range(depth)
        ])

    def forward(self, x):
        for rnn in self.layers:
            x = rnn(x)[0]
        return x


def probe():
    BiStack(5, 8)(torch.randn(2, 9, 5))
