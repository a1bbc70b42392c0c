"""The encoder's output width is a property; the decoder and the head read it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional=True):
        super().__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, batch_first=True, bidirectional=bidirectional)

    @property
    def output_dim(self):
        return self.rnn.hidden_size * (2 if self.rnn.bidirectional else 1)

    def forward(self, x):
        return self.rnn(x)[0]


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder(6, 10)
        self.decoder = nn.GRU(self.encoder.output_dim, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.decoder(self.encoder(x))[0])


def probe():
    out = Model()(torch.randn(2, 5, 6))
    assert out.shape == (2, 5, 2)
