"""A bidirectional= bool parameter defaulting to False, but every site in the file passes True;
the head is written for the two directions the file builds."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=False):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)
        self.head = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def build(n_in=4, hidden=6):
    return Encoder(n_in, hidden, bidirectional=True)


def probe():
    assert build()(torch.randn(2, 5, 4)).shape == (2, 3)
    assert Encoder(4, 6, True)(torch.randn(2, 5, 4)).shape == (2, 3)
