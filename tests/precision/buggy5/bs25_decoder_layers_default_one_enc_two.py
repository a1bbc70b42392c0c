# expect: LC009 line 27
"""The encoder is built with 2 layers, the decoder left at its default of 1, and the
encoder's 2-layer state handed to it."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, emb, hid, n_layers=1):
        super().__init__()
        self.rnn = nn.LSTM(emb, hid, n_layers)

    def forward(self, x, state):
        return self.rnn(x, state)[0]


class Encoder(nn.Module):
    def __init__(self, emb, hid, n_layers=1):
        super().__init__()
        self.rnn = nn.LSTM(emb, hid, n_layers)

    def forward(self, x):
        return self.rnn(x)[1]


encoder = Encoder(5, 8, n_layers=2)
decoder = Decoder(5, 8)  # fix: Decoder(5, 8, n_layers=2)


def probe():
    decoder(torch.randn(3, 2, 5), encoder(torch.randn(6, 2, 5)))
