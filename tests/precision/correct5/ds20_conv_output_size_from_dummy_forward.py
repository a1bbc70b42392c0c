"""The LSTM's input_size is measured by a dummy forward pass through the conv stack."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_mels=64, hidden=32):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 2)),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 1)))
        with torch.no_grad():
            c, f = self.cnn(torch.zeros(1, 1, n_mels, 50)).shape[1:3]
        self.rnn = nn.LSTM(c * f, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):                            # (B, 1, n_mels, T)
        y = self.cnn(x)
        b, c, f, t = y.shape
        y = y.permute(0, 3, 1, 2).reshape(b, t, c * f)
        return self.rnn(y)[0]


def probe():
    assert CRNN()(torch.randn(2, 1, 64, 40)).shape == (2, 20, 64)
