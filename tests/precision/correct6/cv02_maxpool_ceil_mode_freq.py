"""MaxPool2d with ceil_mode=True on 15 bins gives 8; the LSTM's input counts 8, not 7."""
import math

import torch
import torch.nn as nn

N_BINS = 15
CHANNELS = 4


class Model(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.conv = nn.Conv2d(1, CHANNELS, 3, padding=1)
        self.pool = nn.MaxPool2d((2, 1), ceil_mode=True)
        self.lstm = nn.LSTM(CHANNELS * math.ceil(N_BINS / 2), hidden, batch_first=True)

    def forward(self, x):                        # (B, 1, N_BINS, T)
        x = self.pool(torch.relu(self.conv(x)))
        x = x.flatten(1, 2).transpose(1, 2)      # (B, T, C * F')
        return self.lstm(x)[0]


def probe():
    out = Model()(torch.randn(3, 1, N_BINS, 20))
    assert out.shape == (3, 20, 12)
