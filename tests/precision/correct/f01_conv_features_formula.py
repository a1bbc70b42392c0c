"""CRNN: a conv front end whose (channels * height) is the LSTM's input size."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=32, channels=16, hidden=24, n_classes=10):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv2d(1, channels, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 1)),
            nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 1)),
        )
        self.rnn = nn.GRU(channels * (n_mels // 4), hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, spec):                 # (B, 1, n_mels, T)
        f = self.conv(spec)                  # (B, C, n_mels/4, T)
        b, c, m, t = f.shape
        f = f.permute(0, 3, 1, 2).reshape(b, t, c * m)
        out, _ = self.rnn(f)
        return self.fc(out)


def probe():
    assert CRNN()(torch.randn(2, 1, 32, 50)).shape == (2, 50, 10)
