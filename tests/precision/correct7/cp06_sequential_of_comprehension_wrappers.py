"""nn.Sequential(*[...]) of small wrappers that drop the state; the first takes the input width."""
import torch
import torch.nn as nn


class Recurrent(nn.Module):
    def __init__(self, n_in, n_out, bidirectional):
        super().__init__()
        self.rnn = nn.LSTM(n_in, n_out, batch_first=True, bidirectional=bidirectional)

    def forward(self, x):
        return self.rnn(x)[0]


def make_encoder(n_in, hidden, layers, bidirectional=True):
    width = hidden * (2 if bidirectional else 1)
    return nn.Sequential(*[Recurrent(n_in if i == 0 else width, hidden, bidirectional)
                           for i in range(layers)])


def probe():
    enc = make_encoder(9, 6, 3)
    assert enc(torch.randn(2, 5, 9)).shape == (2, 5, 12)
    enc = make_encoder(9, 6, 2, bidirectional=False)
    assert enc(torch.randn(2, 5, 9)).shape == (2, 5, 6)
