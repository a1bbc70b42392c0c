"""A multi-head output: Linear to heads * 8, unflattened to (heads, 8), and a shared Linear
of 8 per head."""
import torch
import torch.nn as nn

HEADS = 4


class MultiHead(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, HEADS * 8), nn.Unflatten(-1, (HEADS, 8)),
                                  nn.Linear(8, 1))

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def probe():
    MultiHead()(torch.randn(2, 6, 5))
