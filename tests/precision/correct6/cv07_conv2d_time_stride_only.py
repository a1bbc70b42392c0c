"""Stride only over time (1, 2) and pooling only over time: the bins are unchanged."""
import torch
import torch.nn as nn

N_MELS = 20


class Encoder(nn.Module):
    def __init__(self, channels=6, hidden=10):
        super().__init__()
        self.conv = nn.Conv2d(1, channels, kernel_size=3, stride=(1, 2), padding=1)
        self.pool = nn.AvgPool2d(kernel_size=(1, 2))
        self.lstm = nn.LSTM(channels * N_MELS, hidden)

    def forward(self, x):                        # (B, 1, N_MELS, T)
        x = self.pool(self.conv(x))              # (B, C, N_MELS, T/4)
        x = x.permute(3, 0, 1, 2).flatten(2)     # (T/4, B, C * N_MELS)
        return self.lstm(x)[0]


def probe():
    out = Encoder()(torch.randn(3, 1, N_MELS, 40))
    assert out.shape == (10, 3, 10)
