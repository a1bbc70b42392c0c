"""self.output_dim = hidden * (2 if bidirectional else 1); the head takes encoder.output_dim."""
import torch
import torch.nn as nn


class RNNEncoder(nn.Module):
    def __init__(self, input_dim, hidden, bidirectional):
        super().__init__()
        self.rnn = nn.GRU(input_dim, hidden, batch_first=True, bidirectional=bidirectional)
        self.output_dim = hidden * (2 if bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0][:, -1]


class Model(nn.Module):
    def __init__(self, bidirectional):
        super().__init__()
        self.encoder = RNNEncoder(4, 6, bidirectional)
        self.head = nn.Linear(self.encoder.output_dim, 2)

    def forward(self, x):
        return self.head(self.encoder(x))


def probe():
    for flag in (True, False):
        Model(flag)(torch.randn(3, 5, 4))
