"""functools.partial over nn.LSTM with batch_first fixed; a one-way and a bidirectional layer
made from it, each head sized for its own layer."""
from functools import partial

import torch
import torch.nn as nn

BatchFirstLSTM = partial(nn.LSTM, batch_first=True)


class TwoTower(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.left = BatchFirstLSTM(n_in, hidden)
        self.right = BatchFirstLSTM(n_in, hidden, bidirectional=True)
        self.left_head = nn.Linear(hidden, 1)
        self.right_head = nn.Linear(2 * hidden, 1)

    def forward(self, a, b):
        return self.left_head(self.left(a)[0][:, -1]) + self.right_head(self.right(b)[0][:, -1])


def probe():
    assert TwoTower(3, 7)(torch.randn(4, 5, 3), torch.randn(4, 8, 3)).shape == (4, 1)
