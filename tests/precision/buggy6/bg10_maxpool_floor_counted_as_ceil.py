# expect: LC008 line 15
"""MaxPool2d(2) floors 15 bins to 7; the LSTM's input counts 8 as if ceil_mode were on."""
import torch
import torch.nn as nn

N_BINS = 15
CHANNELS = 4


class Model(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.conv = nn.Conv2d(1, CHANNELS, 3, padding=1)
        self.pool = nn.MaxPool2d((2, 1))
        self.lstm = nn.LSTM(CHANNELS * 8, hidden, batch_first=True)  # fix: CHANNELS * (N_BINS // 2)

    def forward(self, x):                        # (B, 1, N_BINS, T)
        x = self.pool(torch.relu(self.conv(x)))
        x = x.flatten(1, 2).transpose(1, 2)
        return self.lstm(x)[0]


def probe():
    Model()(torch.randn(3, 1, N_BINS, 20))
