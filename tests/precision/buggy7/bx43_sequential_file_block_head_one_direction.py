# expect: LC007 line 17
"""nn.Sequential(file's BiGRU block, Linear(H, C)): the head is sized for one direction."""
import torch
import torch.nn as nn


class BiGRUBlock(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.gru(x)[0]


def make(n_in, hidden, classes):
    return nn.Sequential(BiGRUBlock(n_in, hidden), nn.Linear(hidden, classes))  # fix: nn.Linear(2 * hidden, classes)


def probe():
    make(3, 5, 4)(torch.randn(2, 6, 3))
