"""The decoder is sized from the encoder's attributes (rnn.hidden_size * 2, rnn.num_layers),
so the joined state always fits."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)

    def forward(self, x):
        out, (h, c) = self.rnn(x)
        cat = lambda s: torch.cat([s[0::2], s[1::2]], 2)
        return out, (cat(h), cat(c))


class Decoder(nn.Module):
    def __init__(self, encoder, n_in):
        super().__init__()
        self.rnn = nn.LSTM(n_in, encoder.rnn.hidden_size * 2, encoder.rnn.num_layers,
                           batch_first=True)

    def forward(self, y, state):
        return self.rnn(y, state)[0]


def probe():
    enc = Encoder(3, 7, 2)
    dec = Decoder(enc, 4)
    _, state = enc(torch.randn(2, 5, 3))
    result = dec(torch.randn(2, 4, 4), state).shape
    assert result == (2, 4, 14)
