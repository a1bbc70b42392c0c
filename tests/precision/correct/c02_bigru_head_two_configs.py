"""GRU classifier built one-way and bidirectional; the head follows the flag."""
import torch
from torch import nn


class GRUClassifier(nn.Module):
    def __init__(self, n_features, hidden, n_classes, bidirectional):
        super().__init__()
        self.gru = nn.GRU(n_features, hidden, batch_first=True, bidirectional=bidirectional)
        directions = 2 if bidirectional else 1
        self.head = nn.Linear(hidden * directions, n_classes)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1, :])


def build_models():
    return [GRUClassifier(12, 32, 5, bidirectional=False),
            GRUClassifier(12, 32, 5, bidirectional=True)]


def probe():
    for model in build_models():
        assert model(torch.randn(3, 9, 12)).shape == (3, 5)
