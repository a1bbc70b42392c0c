"""A bidirectional layer of hidden // 2 per direction so the output is hidden wide."""
import torch
from torch import nn


class BiEncoder(nn.Module):
    def __init__(self, n_in, hidden=64):
        super().__init__()
        assert hidden % 2 == 0
        self.rnn = nn.LSTM(n_in, hidden // 2, num_layers=2, bidirectional=True, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.next = nn.LSTM(hidden, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.next(self.norm(out))[0]


def probe():
    assert BiEncoder(10)(torch.randn(2, 5, 10)).shape == (2, 5, 64)
