"""The decoder is built from the encoder's attributes: twice its hidden size for a
bidirectional encoder whose state is joined per layer."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden_size, num_layers):
        super().__init__()
        self.hidden_size, self.num_layers = hidden_size, num_layers
        self.rnn = nn.GRU(n_in, hidden_size, num_layers, bidirectional=True)

    def forward(self, x):
        _, h = self.rnn(x)
        return torch.cat([h[0::2], h[1::2]], dim=2)     # (num_layers, B, 2*hidden)


class Decoder(nn.Module):
    def __init__(self, n_in, encoder):
        super().__init__()
        self.rnn = nn.GRU(n_in, encoder.hidden_size * 2, encoder.num_layers)

    def forward(self, y, h):
        return self.rnn(y, h)[0]


def probe():
    enc = Encoder(n_in=4, hidden_size=5, num_layers=2)
    dec = Decoder(n_in=3, encoder=enc)
    assert dec(torch.randn(6, 2, 3), enc(torch.randn(8, 2, 4))).shape == (6, 2, 10)
