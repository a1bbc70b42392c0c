"""Class-level defaults overwritten on the instance in __init__ before the layer is built."""
import torch
import torch.nn as nn


class Model(nn.Module):
    n_features = 1
    n_hidden = 8

    def __init__(self, n_features=None, n_hidden=None):
        super().__init__()
        if n_features is not None:
            self.n_features = n_features
        if n_hidden is not None:
            self.n_hidden = n_hidden
        self.lstm = nn.LSTM(self.n_features, self.n_hidden, batch_first=True)
        self.out = nn.Linear(self.n_hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def probe():
    out = Model(n_features=3, n_hidden=5)(torch.randn(2, 4, 3))
    assert out.shape == (2, 1)
    out = Model()(torch.randn(2, 4, 1))
    assert out.shape == (2, 1)
