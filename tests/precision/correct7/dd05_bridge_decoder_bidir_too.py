"""The decoder is bidirectional too with the same layers: the encoder's states pass as they are."""
import torch
import torch.nn as nn


class AutoEncoder(nn.Module):
    def __init__(self, n_in, hidden, layers):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.decoder = nn.LSTM(n_in, hidden, layers, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, n_in)

    def forward(self, x):
        _, state = self.encoder(x)
        y, _ = self.decoder(torch.zeros_like(x), state)
        return self.out(y)


def probe():
    x = torch.randn(3, 8, 4)
    assert AutoEncoder(4, 6, 2)(x).shape == x.shape
