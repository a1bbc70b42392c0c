"""A residual with the forward direction only: out[..., :H] has the input's width."""
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.width = width
        self.rnn = nn.GRU(width, width, batch_first=True, bidirectional=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return x + out[:, :, :self.width]


def probe():
    assert Block(5)(torch.randn(2, 3, 5)).shape == (2, 3, 5)
