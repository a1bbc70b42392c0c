"""A ModuleList by comprehension over range(n): layer 0 reads n_in, the others the previous
bidirectional output 2H; len(self.layers) counts them."""
import torch
import torch.nn as nn


class BiStack(nn.Module):
    def __init__(self, n_in, hidden, n):
        super().__init__()
        self.layers = nn.ModuleList([nn.GRU(n_in if i == 0 else 2 * hidden, hidden,
                                            bidirectional=True) for i in range(n)])

    def forward(self, x):
        finals = []
        for i in range(len(self.layers)):
            x, h = self.layers[i](x)
            finals.append(h)
        return x, torch.cat(finals, 0)


def probe():
    out, h = BiStack(3, 4, 3)(torch.randn(5, 2, 3))
    assert out.shape == (5, 2, 8) and h.shape == (6, 2, 4)
