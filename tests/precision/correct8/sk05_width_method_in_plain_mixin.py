"""A mixin with no torch name gives the output width from attributes the model sets; the
head is built from it."""
import torch
import torch.nn as nn


class WidthMixin:
    def output_width(self):
        return self.hidden_size * (2 if self.bidirectional else 1)


class Encoder(WidthMixin, nn.Module):
    def __init__(self, n_in, hidden_size, bidirectional):
        super().__init__()
        self.hidden_size, self.bidirectional = hidden_size, bidirectional
        self.rnn = nn.GRU(n_in, hidden_size, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(self.output_width(), 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    for b in (True, False):
        assert Encoder(3, 5, b)(torch.randn(2, 4, 3)).shape == (2, 4, 2)
