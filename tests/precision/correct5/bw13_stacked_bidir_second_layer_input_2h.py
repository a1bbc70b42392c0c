"""Two stacked bidirectional LSTMs: the second's input_size is 2*hidden of the first, kept in
an attribute."""
import torch
import torch.nn as nn


class Stacked(nn.Module):
    def __init__(self, n_in, hid):
        super().__init__()
        self.first = nn.LSTM(n_in, hid, batch_first=True, bidirectional=True)
        self.first_out = 2 * hid
        self.second = nn.LSTM(self.first_out, hid, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(self.first_out, 2)

    def forward(self, x):
        y, _ = self.first(x)
        y, _ = self.second(y)
        return self.fc(y)


def probe():
    assert Stacked(4, 3)(torch.randn(2, 5, 4)).shape == (2, 5, 2)
