"""The two directions of a bidirectional output are summed back to hidden width, and the
head takes hidden."""
import torch
import torch.nn as nn


class Summed(nn.Module):
    def __init__(self, n_in=6, hidden=10):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, bidirectional=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = out[:, :, :self.hidden] + out[:, :, self.hidden:]
        return self.fc(out)


def probe():
    Summed()(torch.randn(4, 2, 6))
