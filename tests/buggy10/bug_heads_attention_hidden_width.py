"""Attention scores over a bidirectional LSTM's outputs are computed by a Linear sized for
one direction."""
import torch
import torch.nn as nn


class Attn(nn.Module):
    def __init__(self, n_in=10, hidden=14):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(hidden, 1)  # expect: LC007

    def forward(self, x):
        out, _ = self.lstm(x)
        weights = torch.softmax(self.score(out), dim=1)
        return (weights * out).sum(1)


def probe():
    Attn()(torch.randn(3, 4, 10))
