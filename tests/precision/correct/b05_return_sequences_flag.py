"""return_sequences decides between all outputs and the last step; the heads follow."""
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, n_in, hidden, return_sequences=True):
        super().__init__()
        self.return_sequences = return_sequences
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        if self.return_sequences:
            return out
        return h[-1]


stack = nn.Sequential(Block(3, 8), Block(8, 5, return_sequences=False), nn.Linear(5, 1))


def probe():
    assert stack(torch.randn(4, 6, 3)).shape == (4, 1)
