# expect: LC007 line 20
"""nn.Sequential(BiLSTM, SelectItem(0), Linear(hidden)): the head misses the second direction."""
import torch
import torch.nn as nn


class SelectItem(nn.Module):
    def __init__(self, index):
        super().__init__()
        self.index = index

    def forward(self, inputs):
        return inputs[self.index]


def build(n_in=6, hidden=10, n_out=2):
    return nn.Sequential(
        nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True),
        SelectItem(0),
        nn.Linear(hidden, n_out))  # fix: nn.Linear(2 * hidden, n_out)


def probe():
    build()(torch.randn(3, 5, 6))
