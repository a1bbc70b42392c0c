# expect: LC007 line 11
"""The last step of a bidirectional GRU's output (2H) into a Linear(H)."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden, 1)  # fix: hidden * 2

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1, :])


def probe():
    Net()(torch.randn(4, 6, 3))
