"""Kernels (3, 1) with padding (1, 0) along frequency, stride (1, 2) on time: bins unchanged."""
import torch
import torch.nn as nn

BINS = 24


class Model(nn.Module):
    def __init__(self, ch=6, hidden=14):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, ch, (3, 1), stride=(1, 2), padding=(1, 0)), nn.ReLU(),
                                  nn.Conv2d(ch, ch, (5, 3), padding=(2, 1)), nn.ReLU())
        self.rnn = nn.GRU(ch * BINS, hidden)

    def forward(self, spec):                     # (B, 1, BINS, T)
        x = self.conv(spec)                      # (B, ch, BINS, T/2)
        x = x.flatten(1, 2).permute(2, 0, 1)     # (T/2, B, ch * BINS)
        return self.rnn(x)[0]


def probe():
    out = Model()(torch.randn(2, 1, BINS, 16))
    assert out.shape == (8, 2, 14)
