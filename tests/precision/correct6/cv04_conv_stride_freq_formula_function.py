"""Conv output arithmetic in a helper (the usual floor formula); the LSTM input is computed with it."""
import torch
import torch.nn as nn


def conv_out(size, kernel, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


class SpeechModel(nn.Module):
    def __init__(self, n_feats=80, channels=32, hidden=24):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, kernel_size=(11, 41), stride=(2, 2), padding=(5, 20))
        self.conv2 = nn.Conv2d(channels, channels, kernel_size=(11, 21), stride=(1, 2), padding=(5, 10))
        f = conv_out(conv_out(n_feats, 41, 2, 20), 21, 2, 10)
        self.rnn = nn.GRU(channels * f, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):                        # (B, 1, T, n_feats)
        x = self.conv2(torch.relu(self.conv1(x)))
        b, c, t, f = x.shape
        x = x.transpose(1, 2).reshape(b, t, c * f)
        return self.rnn(x)[0]


def probe():
    out = SpeechModel()(torch.randn(2, 1, 60, 80))
    assert out.shape == (2, 30, 48)
