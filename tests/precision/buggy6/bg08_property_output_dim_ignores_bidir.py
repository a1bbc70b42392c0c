# expect: LC007 line 15
"""The encoder's output_dim property forgets the second direction; the head is built from it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)

    @property
    def output_dim(self):
        return self.hidden  # fix: 2 * self.hidden

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(6, 9)
        self.head = nn.Linear(self.encoder.output_dim, 3)

    def forward(self, x):
        return self.head(self.encoder(x))


def probe():
    Model()(torch.randn(2, 4, 6))
