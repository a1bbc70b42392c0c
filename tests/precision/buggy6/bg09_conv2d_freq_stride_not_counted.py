# expect: LC008 line 13
"""A stride-2 Conv2d halves the 40 bins to 20; the LSTM's input counts all 40."""
import torch
import torch.nn as nn

N_MELS = 40


class CRNN(nn.Module):
    def __init__(self, channels=4, hidden=16):
        super().__init__()
        self.conv = nn.Conv2d(1, channels, 3, stride=2, padding=1)
        self.rnn = nn.LSTM(channels * N_MELS, hidden, batch_first=True)  # fix: channels * N_MELS // 2

    def forward(self, x):                        # (B, T, N_MELS)
        x = self.conv(x.unsqueeze(1))            # (B, C, T/2, N_MELS/2)
        b, c, t, f = x.shape
        x = x.transpose(1, 2).reshape(b, t, c * f)
        return self.rnn(x)[0]


def probe():
    CRNN()(torch.randn(2, 20, N_MELS))
