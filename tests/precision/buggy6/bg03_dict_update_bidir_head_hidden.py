# expect: LC007 line 16
"""__dict__.update(kwargs) turns bidirectional on; the head still takes hidden_dim."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.input_dim = 16
        self.hidden_dim = 20
        self.bidirectional = False
        self.__dict__.update(kwargs)
        self.rnn = nn.LSTM(self.input_dim, self.hidden_dim, batch_first=True,
                           bidirectional=self.bidirectional)
        self.out = nn.Linear(self.hidden_dim, 5)  # fix: hidden_dim * (2 if bidirectional else 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def probe():
    Tagger(input_dim=4, bidirectional=True)(torch.randn(2, 3, 4))
