# expect: LC007 line 13
"""A grid over bidirectional with a head always sized hidden."""
import itertools

import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, hidden, bidirectional):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden, 2)  # fix: hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def probe():
    for hidden, bidi in itertools.product((6,), (False, True)):
        Net(hidden, bidi)(torch.randn(3, 5, 4))
