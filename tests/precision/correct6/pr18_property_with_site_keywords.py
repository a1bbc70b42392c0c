"""A property gives the width from options the site passes by keyword (not the defaults)."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=100, hidden=100, bidirectional=False):
        super().__init__()
        self.hidden, self.bidirectional = hidden, bidirectional
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)

    @property
    def output_size(self):
        return self.hidden * (2 if self.bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(n_in=6, hidden=10, bidirectional=True)
        self.decoder = nn.GRU(self.encoder.output_size, 5, batch_first=True)

    def forward(self, x):
        return self.decoder(self.encoder(x))[0]


def probe():
    out = Model()(torch.randn(2, 4, 6))
    assert out.shape == (2, 4, 5)
