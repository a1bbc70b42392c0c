# expect: LC007 line 14
"""A dict of constructors with a bidirectional partial; the paired directions table says 1 for it."""
from functools import partial

import torch
import torch.nn as nn

ENCODERS = {
    "lstm": nn.LSTM,
    "bilstm": partial(nn.LSTM, bidirectional=True),
}
DIRECTIONS = {
    "lstm": 1,
    "bilstm": 1,  # fix: 2
}


class Model(nn.Module):
    def __init__(self, kind, n_in, hidden, classes):
        super().__init__()
        self.rnn = ENCODERS[kind](n_in, hidden, batch_first=True)
        self.head = nn.Linear(DIRECTIONS[kind] * hidden, classes)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe():
    Model("bilstm", 4, 6, 3)(torch.randn(2, 5, 4))
