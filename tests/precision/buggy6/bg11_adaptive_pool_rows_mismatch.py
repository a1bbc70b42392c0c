# expect: LC008 line 12
"""AdaptiveAvgPool2d leaves 2 rows; the LSTM's input counts 4 per channel."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, channels=8, hidden=10):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv2d(1, channels, 3, padding=1), nn.ReLU(),
                                 nn.AdaptiveAvgPool2d((2, None)))
        self.rnn = nn.LSTM(channels * 4, hidden, batch_first=True)  # fix: channels * 2

    def forward(self, img):
        f = self.cnn(img)
        f = f.permute(0, 3, 1, 2).flatten(2)
        return self.rnn(f)[0]


def probe():
    CRNN()(torch.randn(2, 1, 16, 12))
