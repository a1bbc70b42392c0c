"""AdaptiveAvgPool2d((4, None)) fixes the frequency rows at 4 whatever the input's bins."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, channels=16, hidden=20, n_classes=10):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, channels, 3, padding=1), nn.BatchNorm2d(channels), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d((4, None)))
        self.rnn = nn.LSTM(channels * 4, hidden, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, img):
        f = self.cnn(img)                        # (B, C, 4, W')
        f = f.permute(0, 3, 1, 2).flatten(2)     # (B, W', C * 4)
        return self.fc(self.rnn(f)[0])


def probe():
    for h in (32, 48):
        out = CRNN()(torch.randn(2, 1, h, 40))
        assert out.shape == (2, 20, 10)
