# expect: LC008 line 15
"""Three MaxPool2d(2) blocks halve the 64 bins to 8; the GRU's input counts 64."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_bins=64, channels=(8, 16, 16), hidden=24):
        super().__init__()
        blocks, prev = [], 1
        for ch in channels:
            blocks += [nn.Conv2d(prev, ch, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2)]
            prev = ch
        self.cnn = nn.Sequential(*blocks)
        self.rnn = nn.GRU(prev * n_bins, hidden, batch_first=True)  # fix: prev * (n_bins // 8)

    def forward(self, spec):                     # (B, 1, bins, T)
        x = self.cnn(spec)
        return self.rnn(x.permute(0, 3, 1, 2).flatten(start_dim=2))[0]


def probe():
    CRNN()(torch.randn(2, 1, 64, 32))
