"""A CNN front end: Conv1d channels become the LSTM's features after a permute."""
import torch
import torch.nn as nn


class ConvLSTM(nn.Module):
    def __init__(self, n_in=4, channels=32, hidden=16):
        super().__init__()
        self.conv = nn.Conv1d(n_in, channels, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(channels, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        feats = torch.relu(self.conv(x.transpose(1, 2)))
        out, _ = self.lstm(feats.permute(0, 2, 1))
        return self.fc(out[:, -1])


def probe():
    ConvLSTM()(torch.randn(2, 20, 4))
