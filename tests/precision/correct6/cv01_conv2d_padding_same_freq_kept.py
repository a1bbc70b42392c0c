"""Conv2d with padding='same' keeps the frequency bins; channels * bins is the GRU's input."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=32, channels=8, hidden=16):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, channels, 3, padding="same"), nn.ReLU(),
                                  nn.Conv2d(channels, channels, 5, padding="same"), nn.ReLU())
        self.rnn = nn.GRU(channels * n_mels, hidden, batch_first=True)

    def forward(self, spec):                     # (B, 1, n_mels, T)
        x = self.conv(spec)
        b, c, f, t = x.shape
        x = x.permute(0, 3, 1, 2).reshape(b, t, c * f)
        return self.rnn(x)[0]


def probe():
    out = CRNN()(torch.randn(2, 1, 32, 50))
    assert out.shape == (2, 50, 16)
