"""Per-frame CNN features pooled by AdaptiveAvgPool2d(1) to the channel count; an LSTM over frames."""
import torch
import torch.nn as nn


class VideoLSTM(nn.Module):
    def __init__(self, channels=16, hidden=12, classes=4):
        super().__init__()
        self.frame_cnn = nn.Sequential(nn.Conv2d(3, channels, 3, stride=2, padding=1), nn.ReLU(),
                                       nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, video):                    # (B, T, 3, H, W)
        b, t = video.shape[:2]
        feats = self.frame_cnn(video.flatten(0, 1)).view(b, t, -1)
        _, (h, _) = self.lstm(feats)
        return self.fc(h[-1])


def probe():
    out = VideoLSTM()(torch.randn(2, 5, 3, 24, 24))
    assert out.shape == (2, 4)
