"""A file's own Keras-like `layers` namespace: `layers.LSTM(units, return_sequences=True)`
takes the output width first and no input size; a torch head after it."""
import types

import torch
import torch.nn as nn


class _LSTM(nn.Module):
    def __init__(self, units, return_sequences=False, input_dim=None):
        super().__init__()
        self.units, self.return_sequences = units, return_sequences
        self.cell = nn.LazyLinear(4 * units)
        self.rec = nn.Linear(units, 4 * units, bias=False)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.units)
        c = torch.zeros_like(h)
        outs = []
        for t in range(x.size(1)):
            i, f, g, o = (self.cell(x[:, t]) + self.rec(h)).chunk(4, -1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            outs.append(h)
        return torch.stack(outs, 1) if self.return_sequences else h


layers = types.SimpleNamespace(LSTM=_LSTM)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = layers.LSTM(32, return_sequences=True)
        self.l2 = layers.LSTM(16)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        return self.head(self.l2(self.l1(x)))


def probe():
    assert Model()(torch.randn(3, 5, 7)).shape == (3, 1)
