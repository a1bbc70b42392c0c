# expect: LC007 line 15
"""h_n of a 2-layer bidirectional LSTM viewed (B, -1) gives all four rows, 4H, to a head of 2H."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        flat = h.transpose(0, 1).reshape(x.size(1), -1)  # fix: h[-2:].transpose(0, 1).reshape(...)
        return self.fc(flat)


def probe():
    Net()(torch.randn(5, 3, 3))
