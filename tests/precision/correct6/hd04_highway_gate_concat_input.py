"""A highway gate mixes a BiLSTM's output with a projection of its input, both 2h wide."""
import torch
import torch.nn as nn


class HighwayLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, bidirectional=True)
        self.skip = nn.Linear(n_in, 2 * hidden)
        self.gate = nn.Linear(n_in + 2 * hidden, 2 * hidden)

    def forward(self, x):
        out, _ = self.lstm(x)
        g = torch.sigmoid(self.gate(torch.cat([x, out], dim=-1)))
        return g * out + (1 - g) * self.skip(x)


def probe():
    out = HighwayLSTM(5, 7)(torch.randn(4, 3, 5))
    assert out.shape == (4, 3, 14)
