"""num_layers 3 and a batch of 3 in the probe; init_hidden puts layers first, batch second."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=2, hidden=4, layers=3):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.gru = nn.GRU(n_in, hidden, layers)

    def init_hidden(self, batch):
        return torch.zeros(self.layers, batch, self.hidden)

    def forward(self, x):
        return self.gru(x, self.init_hidden(x.size(1)))[1]


def probe():
    m = Model()
    result = m(torch.randn(5, 3, 2)).shape
    assert result == (3, 3, 4)
    result = m(torch.randn(5, 2, 2)).shape
    assert result == (3, 2, 4)
