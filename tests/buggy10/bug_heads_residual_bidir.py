"""A residual adds a bidirectional LSTM's 2 * hidden output to its hidden-wide input."""
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, d=16):
        super().__init__()
        self.lstm = nn.LSTM(d, d, batch_first=True, bidirectional=True)  # expect: LC007

    def forward(self, x):
        out, _ = self.lstm(x)
        return x + out


def probe():
    Block()(torch.randn(2, 5, 16))
