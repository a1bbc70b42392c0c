"""Video frames through a CNN that ends in 512 features per frame; LSTM(512, ...)."""
import torch
import torch.nn as nn


class FrameCNN(nn.Module):
    def __init__(self, out_dim=512):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(3, 16, 3, stride=2), nn.ReLU(), nn.AdaptiveAvgPool2d(1))
        self.fc = nn.Linear(16, out_dim)

    def forward(self, x):
        return self.fc(self.body(x).flatten(1))


class VideoClassifier(nn.Module):
    def __init__(self, feat_dim=512, hidden=64, classes=5):
        super().__init__()
        self.cnn = FrameCNN(feat_dim)
        self.lstm = nn.LSTM(feat_dim, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, video):   # (B, T, 3, H, W)
        b, t = video.shape[:2]
        feats = self.cnn(video.flatten(0, 1)).view(b, t, -1)
        return self.fc(self.lstm(feats)[1][0][-1])


def probe():
    assert VideoClassifier()(torch.randn(2, 4, 3, 16, 16)).shape == (2, 5)
