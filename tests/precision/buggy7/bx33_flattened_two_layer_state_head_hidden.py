# expect: LC007 line 11
"""A 2-layer LSTM's h_n flattened per sample (2 * H), the head takes H."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=8, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)
        self.fc = nn.Linear(hidden, 1)  # fix: layers * hidden

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n.transpose(0, 1).contiguous().view(x.size(1), -1))


def probe():
    Model()(torch.randn(9, 5, 4))
