"""An encoder made by a factory function with the run's sizes; its attribute read by the caller."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in=64, hidden=64, layers=1):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, layers)
        self.hidden_size = hidden

    def forward(self, x):
        return self.rnn(x)[0]


def make_encoder(n_in, hidden):
    return Encoder(n_in, hidden, layers=2)


def probe():
    enc = make_encoder(3, 9)
    head = nn.Linear(enc.hidden_size, 1)
    out = head(enc(torch.randn(4, 2, 3)))
    assert out.shape == (4, 2, 1)
