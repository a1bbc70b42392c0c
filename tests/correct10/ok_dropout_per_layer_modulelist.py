"""Layers are built one at a time as one-layer LSTMs with dropout applied between them by
hand, the way a residual stack does it."""
import torch
from torch import nn


class ResidualStack(nn.Module):
    def __init__(self, size=16, depth=3, dropout=0.3):
        super().__init__()
        self.layers = nn.ModuleList([nn.LSTM(size, size, batch_first=True) for _ in range(depth)])
        self.drop = nn.Dropout(dropout)

    def forward(self, x):
        for layer in self.layers:
            out, _ = layer(x)
            x = x + self.drop(out)
        return x


def probe():
    ResidualStack()(torch.randn(2, 6, 16))
