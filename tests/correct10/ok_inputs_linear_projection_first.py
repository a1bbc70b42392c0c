"""Raw features are projected by a Linear before the LSTM; input_size is the projection's
width, not the raw one."""
import torch
import torch.nn as nn


class Projected(nn.Module):
    def __init__(self, raw=300, proj=64, hidden=32):
        super().__init__()
        self.proj = nn.Linear(raw, proj)
        self.lstm = nn.LSTM(proj, hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(torch.relu(self.proj(x)))[0]


def probe():
    Projected()(torch.randn(2, 4, 300))
