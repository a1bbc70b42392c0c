# expect: LC009 line 15
"""The base's init_hidden sets self.hidden with num_layers rows; the bidirectional subclass does
not override it."""
import torch
import torch.nn as nn


class Base(nn.Module):
    def __init__(self, n_in, hidden, layers, bidirectional=False):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers, bidirectional=bidirectional)
        self.hidden_dim, self.layers = hidden, layers

    def init_hidden(self, batch):
        self.hidden = (torch.zeros(self.layers, batch, self.hidden_dim),  # fix: layers * directions
                       torch.zeros(self.layers, batch, self.hidden_dim))

    def forward(self, x):
        self.init_hidden(x.size(1))
        out, self.hidden = self.lstm(x, self.hidden)
        return out


class BiModel(Base):
    def __init__(self, n_in, hidden, layers):
        super().__init__(n_in, hidden, layers, bidirectional=True)


def probe():
    BiModel(3, 4, 2)(torch.randn(5, 2, 3))
