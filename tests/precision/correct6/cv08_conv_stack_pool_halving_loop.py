"""Bins halved by each of three MaxPool2d(2) blocks, counted in the same loop that builds them."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_bins=64, channels=(8, 16, 16), hidden=24):
        super().__init__()
        blocks, prev, bins = [], 1, n_bins
        for ch in channels:
            blocks += [nn.Conv2d(prev, ch, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)]
            prev, bins = ch, bins // 2
        self.cnn = nn.Sequential(*blocks)
        self.rnn = nn.GRU(prev * bins, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(hidden * 2, 5)

    def forward(self, spec):                     # (B, 1, bins, T)
        x = self.cnn(spec)
        x = x.permute(0, 3, 1, 2).flatten(start_dim=2)
        return self.head(self.rnn(x)[0])


def probe():
    out = CRNN()(torch.randn(2, 1, 64, 32))
    assert out.shape == (2, 4, 5)
