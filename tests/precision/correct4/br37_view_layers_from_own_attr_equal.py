"""The encoder keeps n_layers on self (the same number its GRU is built with) and views the
state with it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, n_layers):
        super().__init__()
        self.n_layers, self.hidden = n_layers, hidden
        self.rnn = nn.GRU(n_in, hidden, num_layers=n_layers, bidirectional=True)

    def forward(self, x):
        _, h = self.rnn(x)
        h = h.view(self.n_layers, 2, -1, self.hidden)
        return torch.cat([h[:, 0], h[:, 1]], dim=-1)


def probe():
    h = Encoder(3, 4, 3)(torch.randn(5, 2, 3))
    result = nn.GRU(3, 8, 3)(torch.randn(2, 2, 3), h)[0].shape
    assert result == (2, 2, 8)
