"""The top layer kept as a slice h_n[-1:] (1, B, H) and squeezed on dim 0: one layer's state."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, n_in, hidden, layers=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)
        self.fc = nn.Linear(hidden, 4)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n[-1:].squeeze(0))


def probe():
    result = Classifier(2, 7)(torch.randn(6, 3, 2)).shape
    assert result == (3, 4)
