"""A grid over bidirectional and hidden sizes; the head width follows each configuration."""
import itertools

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden, bidirectional):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden * (2 if bidirectional else 1), 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    for hidden, bidi in itertools.product((6, 10), (False, True)):
        result = Net(hidden, bidi)(torch.randn(3, 5, 4)).shape
        assert result == (3, 2)
