"""A property returns the encoder's feature width from the LSTM module itself."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, n_hid, bidirectional=True):
        super().__init__()
        self.lstm = nn.LSTM(n_in, n_hid, batch_first=True, bidirectional=bidirectional)

    @property
    def output_size(self):
        return self.lstm.hidden_size * (2 if self.lstm.bidirectional else 1)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    enc = Encoder(5, 7)
    head = nn.Linear(enc.output_size, 3)
    assert head(enc(torch.randn(2, 4, 5))).shape == (2, 4, 3)
