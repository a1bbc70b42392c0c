"""A base class's output_dim property is overridden by a subclass that concatenates directions."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, bidirectional=False):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=bidirectional)

    @property
    def output_dim(self):
        return self.hidden

    def forward(self, x):
        return self.rnn(x)[0]


class BiEncoder(Encoder):
    def __init__(self, n_in, hidden):
        super().__init__(n_in, hidden, bidirectional=True)

    @property
    def output_dim(self):
        return 2 * self.hidden


def head_for(encoder):
    return nn.Linear(encoder.output_dim, 3)


def probe():
    for enc in (Encoder(4, 5), BiEncoder(4, 5)):
        out = head_for(enc)(enc(torch.randn(2, 3, 4)))
        assert out.shape == (2, 3, 3)
