"""Two alternate constructors (`cls(...)`) for a one-way and a two-way model; the head reads the
layer's own options."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=False):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, bidirectional=bidirectional)
        self.head = nn.Linear(self.rnn.hidden_size * (2 if self.rnn.bidirectional else 1), 1)

    @classmethod
    def one_way(cls, n_in, hidden):
        return cls(n_in, hidden)

    @classmethod
    def two_way(cls, n_in, hidden):
        return cls(n_in, hidden, bidirectional=True)

    def forward(self, x):
        return self.head(self.rnn(x)[0])


def probe():
    x = torch.randn(4, 2, 3)
    assert Encoder.one_way(3, 5)(x).shape == (4, 2, 1)
    assert Encoder.two_way(3, 5)(x).shape == (4, 2, 1)
