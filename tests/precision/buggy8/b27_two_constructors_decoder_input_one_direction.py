# expect: LC008 line 30
"""Model(hidden) builds a bidirectional Encoder(hidden) and a Decoder whose input is hidden;
the decoder reads the encoder's 2H outputs."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Decoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = Encoder(n_in, hidden)
        self.decoder = Decoder(hidden, hidden)  # fix: Decoder(2 * hidden, hidden)

    def forward(self, x):
        return self.decoder(self.encoder(x))


def probe():
    Model(5, 8)(torch.randn(2, 6, 5))
