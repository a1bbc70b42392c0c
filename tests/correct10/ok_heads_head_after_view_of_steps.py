"""A per-step projection is flattened over a fixed number of steps before the classifier,
which takes steps * 4 features."""
import torch
import torch.nn as nn

STEPS = 6


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=8, classes=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, 4)
        self.cls = nn.Linear(STEPS * 4, classes)

    def forward(self, x):
        steps = torch.relu(self.proj(self.lstm(x)[0]))
        return self.cls(steps.view(x.size(0), -1))


def probe():
    Model()(torch.randn(5, STEPS, 3))
