"""The head's width comes from a method that calls another: output_dim() = directions() *
hidden; both read the same flag the layer was built with."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional):
        super().__init__()
        self.hidden, self.bidirectional = hidden, bidirectional
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(self.output_dim(), 3)

    def directions(self):
        return 2 if self.bidirectional else 1

    def output_dim(self):
        return self.directions() * self.hidden

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out)


def probe():
    for bidir in (False, True):
        assert Encoder(4, 7, bidir)(torch.randn(2, 5, 4)).shape == (2, 5, 3)
