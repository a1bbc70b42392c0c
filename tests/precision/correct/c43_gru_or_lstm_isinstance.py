"""A decoder that works with GRU and LSTM encoders: isinstance decides how to reduce the state."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, cell, n_in, hidden, layers):
        super().__init__()
        rnn_cls = {"gru": nn.GRU, "lstm": nn.LSTM}[cell]
        self.rnn = rnn_cls(n_in, hidden, layers, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)


def merge_directions(hidden):
    if isinstance(hidden, tuple):
        return tuple(merge_directions(h) for h in hidden)
    return hidden[0::2] + hidden[1::2]


class Decoder(nn.Module):
    def __init__(self, cell, n_in, hidden, layers):
        super().__init__()
        rnn_cls = {"gru": nn.GRU, "lstm": nn.LSTM}[cell]
        self.rnn = rnn_cls(n_in, hidden, layers)

    def forward(self, y, hidden):
        return self.rnn(y, hidden)


def probe():
    for cell in ("gru", "lstm"):
        enc = Encoder(cell, n_in=4, hidden=6, layers=2)
        dec = Decoder(cell, n_in=3, hidden=6, layers=2)
        _, hidden = enc(torch.randn(7, 2, 4))
        out, _ = dec(torch.randn(5, 2, 3), merge_directions(hidden))
        assert out.shape == (5, 2, 6)
