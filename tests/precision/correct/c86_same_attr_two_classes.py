"""Two classes in one file both call their layer self.rnn, with different sizes."""
import torch
from torch import nn


class WordEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(50, 30, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.rnn(x)[0]


class SentenceEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(60, 40, batch_first=True)
        self.hidden = 40

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), self.hidden)
        return self.rnn(x, (h0, h0))[0]


def probe():
    words = WordEncoder()(torch.randn(3, 8, 50))            # (3, 8, 60)
    assert SentenceEncoder()(words).shape == (3, 8, 40)
