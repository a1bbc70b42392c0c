"""A forward that accepts one sequence or a batch: if x.dim() == 2 a batch dim is added first."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=5, layers=2):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, layers, batch_first=True)
        self.layers, self.hidden = layers, hidden

    def forward(self, x):
        if x.dim() == 2:
            x = x.unsqueeze(0)
        h = torch.zeros(self.layers, x.size(0), self.hidden)
        return self.rnn(x, (h, h))[0]


def probe():
    out = Model()(torch.randn(7, 3))
    assert out.shape == (1, 7, 5)
    out = Model()(torch.randn(2, 7, 3))
    assert out.shape == (2, 7, 5)
