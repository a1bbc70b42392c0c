"""States made with the legacy torch.FloatTensor(layers, batch, hidden).zero_()."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=5, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)
        self.layers, self.hidden = layers, hidden

    def forward(self, x):
        h0 = torch.FloatTensor(self.layers, x.size(1), self.hidden).zero_()
        c0 = torch.FloatTensor(self.layers, x.size(1), self.hidden).zero_()
        return self.lstm(x, (h0, c0))[0]


def probe():
    out = Model()(torch.randn(6, 3, 4))
    assert out.shape == (6, 3, 5)
