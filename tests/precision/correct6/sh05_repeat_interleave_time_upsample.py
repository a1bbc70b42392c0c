"""repeat_interleave along time (dim 1) lengthens the sequence; the feature width is unchanged."""
import torch
import torch.nn as nn


class Upsampler(nn.Module):
    def __init__(self, n_in=6, hidden=5, factor=3):
        super().__init__()
        self.factor = factor
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, frames):                   # (B, T, n_in)
        return self.rnn(frames.repeat_interleave(self.factor, dim=1))[0]


def probe():
    out = Upsampler()(torch.randn(2, 4, 6))
    assert out.shape == (2, 12, 5)
