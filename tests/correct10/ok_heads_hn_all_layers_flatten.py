"""All layers' final states are used: h_n is moved batch-first and flattened to
layers * hidden, and the head is sized for that."""
import torch
import torch.nn as nn


class DeepSummary(nn.Module):
    def __init__(self, n_in=6, hidden=10, layers=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers)
        self.fc = nn.Linear(layers * hidden, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h.transpose(0, 1).flatten(1))


def probe():
    DeepSummary()(torch.randn(7, 4, 6))
