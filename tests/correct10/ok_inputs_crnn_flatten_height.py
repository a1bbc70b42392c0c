"""A CRNN: a conv map (batch, channels, height, width) is flattened over channels and height
into the LSTM's features, width being time."""
import torch
import torch.nn as nn


class CRNN(nn.Module):
    def __init__(self, img_h=32, n_classes=11, hidden=20):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.rnn = nn.LSTM(32 * (img_h // 4), hidden, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_classes)

    def forward(self, images):
        f = self.cnn(images)
        b, c, h, w = f.size()
        f = f.view(b, c * h, w).permute(2, 0, 1)
        out, _ = self.rnn(f)
        return self.fc(out)


def probe():
    CRNN()(torch.randn(2, 1, 32, 64))
