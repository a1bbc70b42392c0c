"""A functools.partial factory fixes dropout for every recurrent layer it makes; this one
makes a single layer."""
from functools import partial

import torch
import torch.nn as nn

make_rnn = partial(nn.LSTM, batch_first=True, dropout=0.5)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = make_rnn(10, 20)  # expect: LC006

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Net()(torch.randn(2, 3, 10))
