"""The encoder hands h_n[-1] (B, H) over; the decoder adds the layer dim itself."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, num_layers=2, batch_first=True)

    def forward(self, x):
        _, h = self.rnn(x)
        return h[-1]


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)

    def forward(self, y, summary):
        return self.rnn(y, summary.unsqueeze(0))[0]


def probe():
    summary = Encoder()(torch.randn(3, 5, 4))
    assert Decoder()(torch.randn(3, 2, 4), summary).shape == (3, 2, 8)
