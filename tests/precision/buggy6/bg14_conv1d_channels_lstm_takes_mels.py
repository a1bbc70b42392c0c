# expect: LC008 line 11
"""A Conv1d maps 40 mel bins to 64 channels; the LSTM still takes n_mels."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_mels=40, channels=64, hidden=32):
        super().__init__()
        self.conv = nn.Conv1d(n_mels, channels, 5, padding=2)
        self.lstm = nn.LSTM(n_mels, hidden, batch_first=True)  # fix: channels

    def forward(self, mel):                      # (B, n_mels, T)
        return self.lstm(torch.relu(self.conv(mel)).transpose(1, 2))[0]


def probe():
    Encoder()(torch.randn(2, 40, 30))
