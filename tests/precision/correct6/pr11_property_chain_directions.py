"""output_size is a property built on another property (num_directions) and on the layer."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=bidirectional)

    @property
    def num_directions(self):
        return 2 if self.rnn.bidirectional else 1

    @property
    def output_size(self):
        return self.num_directions * self.rnn.hidden_size

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self, bidirectional=True):
        super().__init__()
        self.encoder = Encoder(4, 6, bidirectional)
        self.second = nn.GRU(self.encoder.output_size, 5, batch_first=True)

    def forward(self, x):
        return self.second(self.encoder(x))[0]


def probe():
    for bi in (True, False):
        out = Model(bi)(torch.randn(2, 3, 4))
        assert out.shape == (2, 3, 5)
