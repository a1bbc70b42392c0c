"""DeepSpeech-like: Conv2d over (freq, time), frequency 40 -> 20 -> 10 by strides, the LSTM's
input is channels * 10, computed the same way the convs reduce it."""
import torch
import torch.nn as nn


def conv_out(size, kernel, stride, padding):
    return (size + 2 * padding - kernel) // stride + 1


class Acoustic(nn.Module):
    def __init__(self, n_freq=40, channels=8, hidden=16):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, channels, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(channels, channels, 3, stride=2, padding=1), nn.ReLU())
        freq = conv_out(conv_out(n_freq, 3, 2, 1), 3, 2, 1)
        self.rnn = nn.GRU(channels * freq, hidden, bidirectional=True, batch_first=True)

    def forward(self, spec):                       # (B, 1, F, T)
        x = self.conv(spec)                        # (B, C, F', T')
        b, c, f, t = x.shape
        x = x.permute(0, 3, 1, 2).reshape(b, t, c * f)
        return self.rnn(x)[0]


def probe():
    assert Acoustic()(torch.randn(2, 1, 40, 64)).shape == (2, 16, 32)
