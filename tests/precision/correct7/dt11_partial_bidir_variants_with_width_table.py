"""A dict of layer constructors, some partials with bidirectional=True, and a paired dict of
output multipliers for the head."""
from functools import partial

import torch
import torch.nn as nn

ENCODERS = {
    "lstm": nn.LSTM,
    "bilstm": partial(nn.LSTM, bidirectional=True),
    "gru": nn.GRU,
    "bigru": partial(nn.GRU, bidirectional=True),
}
DIRECTIONS = {"lstm": 1, "bilstm": 2, "gru": 1, "bigru": 2}


class Model(nn.Module):
    def __init__(self, kind, n_in, hidden, classes):
        super().__init__()
        self.rnn = ENCODERS[kind](n_in, hidden, batch_first=True)
        self.head = nn.Linear(DIRECTIONS[kind] * hidden, classes)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe():
    for kind in ENCODERS:
        assert Model(kind, 4, 6, 3)(torch.randn(2, 5, 4)).shape == (2, 3)
