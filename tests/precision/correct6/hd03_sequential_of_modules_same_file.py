"""nn.Sequential of the file's own modules: each stage's width is what the next one takes."""
import torch
import torch.nn as nn


class RNNLayer(nn.Module):
    def __init__(self, n_in, n_out, bidirectional=False):
        super().__init__()
        h = n_out // 2 if bidirectional else n_out
        self.rnn = nn.LSTM(n_in, h, batch_first=True, bidirectional=bidirectional)

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    model = nn.Sequential(
        nn.Linear(7, 32), nn.ReLU(),
        RNNLayer(32, 24, bidirectional=True),
        RNNLayer(24, 16),
        nn.LayerNorm(16), nn.Linear(16, 2))
    out = model(torch.randn(2, 6, 7))
    assert out.shape == (2, 6, 2)
