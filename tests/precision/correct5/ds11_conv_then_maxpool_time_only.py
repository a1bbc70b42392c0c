"""CNN-LSTM for sensor data: Conv1d keeps 64 channels, MaxPool halves time only; LSTM(64, ...)."""
import torch
import torch.nn as nn


class CNNLSTM(nn.Module):
    def __init__(self, n_sensors=9, n_classes=6):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(n_sensors, 64, kernel_size=5, padding=2), nn.ReLU(), nn.MaxPool1d(2),
            nn.Conv1d(64, 64, kernel_size=5, padding=2), nn.ReLU(), nn.MaxPool1d(2))
        self.lstm = nn.LSTM(64, 100, batch_first=True)
        self.classifier = nn.Linear(100, n_classes)

    def forward(self, x):                   # (B, n_sensors, 128)
        f = self.features(x).permute(0, 2, 1)
        out, _ = self.lstm(f)
        return self.classifier(out[:, -1])


def probe():
    assert CNNLSTM()(torch.randn(4, 9, 128)).shape == (4, 6)
