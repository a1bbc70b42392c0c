"""Two stride-2 convs halve the frames twice; the channels (not frames) are the LSTM's input."""
import torch
import torch.nn as nn


class ConvLSTM(nn.Module):
    def __init__(self, n_mels=40, channels=32, hidden=24):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_mels, channels, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv1d(channels, channels, 3, stride=2, padding=1), nn.ReLU())
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)

    def forward(self, mel):                  # (B, n_mels, T)
        feats = self.conv(mel).transpose(1, 2)  # (B, T/4, channels)
        return self.lstm(feats)[0]


def probe():
    assert ConvLSTM()(torch.randn(2, 40, 100)).shape == (2, 25, 24)
