"""CRNN: conv features (B, C, H', W') turned to a sequence over W' with C*H' features; the
LSTM's input size is that product and its bidirectional output feeds Linear(2*hidden)."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, n_classes, hidden=16):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.MaxPool2d(2))
        self.rnn = nn.LSTM(8 * 8, hidden, bidirectional=True)
        self.fc = nn.Linear(hidden * 2, n_classes)

    def forward(self, img):  # img: (B, 1, 16, W)
        f = self.conv(img)                       # (B, 8, 8, W/2)
        b, c, h, w = f.size()
        seq = f.view(b, c * h, w).permute(2, 0, 1)  # (W/2, B, 64)
        out, _ = self.rnn(seq)
        return self.fc(out)                      # (W/2, B, n_classes)


def probe():
    result = CRNN(10)(torch.randn(2, 1, 16, 20)).shape
    assert result == (10, 2, 10)
