"""The feature list is set after construction and the recurrent layer built afterwards from a
property that counts it."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.hidden = hidden
        self.features = ["price"]
        self.rnn = None

    @property
    def n_features(self):
        return len(self.features)

    def set_features(self, names):
        self.features = list(names)
        self.rnn = nn.LSTM(self.n_features, self.hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    m = Forecaster()
    m.set_features(["price", "volume", "open", "close"])
    out = m(torch.randn(2, 10, 4))
    assert out.shape == (2, 10, 8)
