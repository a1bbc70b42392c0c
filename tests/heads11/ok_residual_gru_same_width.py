"""A unidirectional GRU block with a residual from the caller and a norm of its width: the
residual's width is not known, the GRU's hidden features are, and they are what the norm
is sized for."""
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, dim=24):
        super().__init__()
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.norm = nn.LayerNorm(dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        out, _ = self.rnn(x)
        out = out + x
        return self.proj(self.norm(out))


def probe():
    Block()(torch.randn(2, 5, 24))
