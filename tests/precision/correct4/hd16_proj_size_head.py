"""LSTM with proj_size: outputs and h_n are proj_size wide, so the head takes proj_size."""
import torch
import torch.nn as nn


class Projected(nn.Module):
    def __init__(self, n_in=6, hidden=32, proj=8, n_out=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, proj_size=proj, batch_first=True)
        self.head = nn.Linear(proj, n_out)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1]) + self.head(out[:, -1])


def probe():
    result = Projected()(torch.randn(2, 5, 6)).shape
    assert result == (2, 3)
