"""The comprehension computes each layer's input from a directions count set by an option."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional):
        super().__init__()
        d = 2 if bidirectional else 1
        self.rnns = nn.ModuleList(
            nn.LSTM(n_in if k == 0 else d * hidden, hidden, bidirectional=bidirectional, batch_first=True)
            for k in range(layers))
        self.head = nn.Linear(d * hidden, 2)

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return self.head(x)


def probe():
    for bidir in (False, True):
        assert Encoder(3, 4, 3, bidir)(torch.randn(2, 6, 3)).shape == (2, 6, 2)
