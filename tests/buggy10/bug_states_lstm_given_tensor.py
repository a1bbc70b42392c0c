"""An LSTM is handed only h_0; torch wants the (h_0, c_0) pair."""
import torch
from torch import nn


class Forecast(nn.Module):
    def __init__(self, n_in=2, hidden=10):
        super().__init__()
        self.hidden = hidden
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        h0 = x.new_zeros(1, x.size(0), self.hidden)  # expect: LC009
        out, _ = self.rnn(x, h0)
        return out


def probe():
    Forecast()(torch.randn(3, 8, 2))
