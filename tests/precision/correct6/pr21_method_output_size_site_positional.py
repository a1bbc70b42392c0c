"""get_output_size() returns a width from options the site passed positionally."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=300, hidden=256, layers=1, bidirectional=False):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, layers, bidirectional=bidirectional)
        self._hidden, self._dirs = hidden, 2 if bidirectional else 1

    def get_output_size(self):
        return self._hidden * self._dirs

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(4, 7, 2, True)
        self.proj = nn.Linear(self.encoder.get_output_size(), 3)

    def forward(self, x):
        return self.proj(self.encoder(x))


def probe():
    out = Model()(torch.randn(5, 2, 4))
    assert out.shape == (5, 2, 3)
