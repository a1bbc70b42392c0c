"""Bidirectional LSTMs all built alike with the model width, each followed by a projection
from 2H back to the model width, so every layer in the loop gets d_model."""
import torch
import torch.nn as nn


class ProjectedStack(nn.Module):
    def __init__(self, d_model, hidden, depth):
        super().__init__()
        self.rnns = nn.ModuleList([nn.LSTM(d_model, hidden, batch_first=True, bidirectional=True)
                                   for _ in range(depth)])
        self.projs = nn.ModuleList([nn.Linear(2 * hidden, d_model) for _ in range(depth)])

    def forward(self, x):
        for rnn, proj in zip(self.rnns, self.projs):
            out, _ = rnn(x)
            x = x + proj(out)
        return x


def probe():
    x = torch.randn(2, 7, 16)
    assert ProjectedStack(16, 12, 3)(x).shape == x.shape
