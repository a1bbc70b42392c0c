"""A head Sequential projects each step, flattens the fixed number of steps, then
classifies: the last Linear takes steps * 8 features."""
import torch
import torch.nn as nn

STEPS = 10


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=12, classes=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.Linear(2 * hidden, 8), nn.ReLU(), nn.Flatten(),
                                  nn.Linear(STEPS * 8, classes))

    def forward(self, x):
        return self.head(self.lstm(x)[0])


def probe():
    Model()(torch.randn(2, STEPS, 4))
