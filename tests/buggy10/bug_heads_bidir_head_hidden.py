"""A bidirectional GRU's last step is 2 * hidden wide; the head, built in a helper, takes
hidden."""
import torch
import torch.nn as nn


def make_head(width, classes):
    return nn.Sequential(nn.Linear(width, width), nn.ReLU(), nn.Linear(width, classes))


class Classifier(nn.Module):
    def __init__(self, n_in=10, hidden=12, classes=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = make_head(hidden, classes)  # expect: LC007

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def probe():
    Classifier()(torch.randn(2, 5, 10))
