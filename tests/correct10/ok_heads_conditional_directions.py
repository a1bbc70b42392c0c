"""The head is sized hidden * (2 if bidirectional else 1), right for both settings."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_in=10, hidden=16, bidirectional=True, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden * (2 if bidirectional else 1), classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1, :])


def probe():
    Classifier()(torch.randn(4, 7, 10))
    Classifier(bidirectional=False)(torch.randn(4, 7, 10))
