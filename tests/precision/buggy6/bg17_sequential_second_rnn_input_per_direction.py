# expect: LC008 line 19
"""nn.Sequential of the file's own RNN layers: the second takes 12, the first gives 24."""
import torch
import torch.nn as nn


class RNNLayer(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=False):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)

    def forward(self, x):
        return self.rnn(x)[0]


def build():
    return nn.Sequential(
        RNNLayer(7, 12, bidirectional=True),
        RNNLayer(12, 16),  # fix: RNNLayer(24, 16)
        nn.Linear(16, 2))


def probe():
    build()(torch.randn(2, 6, 7))
