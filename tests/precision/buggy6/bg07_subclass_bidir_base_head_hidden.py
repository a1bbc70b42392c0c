# expect: LC007 line 16
"""A subclass sets bidirectional = True; the base class's head takes hidden_size only."""
import torch
import torch.nn as nn


class BaseRNN(nn.Module):
    input_size = 10
    hidden_size = 16
    bidirectional = False

    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(self.input_size, self.hidden_size, batch_first=True,
                           bidirectional=self.bidirectional)
        self.out = nn.Linear(self.hidden_size, 2)  # fix: hidden_size * (2 if bidirectional else 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


class BiRNN(BaseRNN):
    bidirectional = True


def probe():
    BiRNN()(torch.randn(2, 5, 10))
