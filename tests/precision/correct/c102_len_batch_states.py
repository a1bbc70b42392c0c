"""States sized with len(x) for a batch_first model (len is the first dim: the batch)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.rnn = nn.RNN(n_in, hidden, layers, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(self.layers, len(x), self.hidden)
        return self.rnn(x, h0)[0][:, -1]


def probe():
    assert Model(3, 5, 2)(torch.randn(7, 4, 3)).shape == (7, 5)
