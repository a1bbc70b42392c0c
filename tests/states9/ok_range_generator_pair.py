# torch: runs
# The (h, c) pair made by a generator over range(2), each part (layers * directions, batch,
# hidden) for a bidirectional batch-first LSTM.
import torch
from torch import nn


class Reader(nn.Module):
    def __init__(self, n_in=9, hidden=10, layers=2):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.lstm = nn.LSTM(n_in, hidden, num_layers=layers, batch_first=True, bidirectional=True)

    def forward(self, x):
        state = tuple(x.new_zeros(2 * self.layers, x.size(0), self.hidden) for _ in range(2))
        out, _ = self.lstm(x, state)
        return out


def probe():
    Reader()(torch.randn(3, 6, 9))
