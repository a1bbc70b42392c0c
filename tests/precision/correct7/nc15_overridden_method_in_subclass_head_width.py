"""The base's output_width() is overridden by the bidirectional subclass; the base's __init__
builds the head from self.output_width()."""
import torch
import torch.nn as nn


class Base(nn.Module):
    bidirectional = False

    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=self.bidirectional)
        self.head = nn.Linear(self.output_width(), 2)

    def output_width(self):
        return self.hidden

    def forward(self, x):
        return self.head(self.rnn(x)[0])


class Bi(Base):
    bidirectional = True

    def output_width(self):
        return 2 * self.hidden


def probe():
    for cls in (Base, Bi):
        assert cls(3, 5)(torch.randn(2, 4, 3)).shape == (2, 4, 2)
