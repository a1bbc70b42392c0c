"""A sequence-first GRU whose output is permuted to batch-first before out[:, -1]."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 7)
        self.fc = nn.Linear(7, 2)

    def forward(self, x):              # x: (B, L, 5)
        out, _ = self.gru(x.permute(1, 0, 2))
        out = out.permute(1, 0, 2)     # (B, L, 7)
        return self.fc(out[:, -1])


def probe():
    assert Net()(torch.randn(3, 6, 5)).shape == (3, 2)
