# expect: LC008 line 13
"""A conv stack keeps 32 channels; the LSTM is built for the 40 mel bins it started with."""
import torch
import torch.nn as nn


class ConvLSTM(nn.Module):
    def __init__(self, n_mels=40, channels=32, hidden=24):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(n_mels, channels, 3, stride=2, padding=1), nn.ReLU(),
            nn.Conv1d(channels, channels, 3, stride=2, padding=1), nn.ReLU())
        self.lstm = nn.LSTM(n_mels, hidden, batch_first=True)  # fix: channels

    def forward(self, mel):
        feats = self.conv(mel).transpose(1, 2)
        return self.lstm(feats)[0]


def probe():
    ConvLSTM()(torch.randn(2, 40, 100))
