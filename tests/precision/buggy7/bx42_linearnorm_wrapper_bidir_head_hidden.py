# expect: LC007 line 21
"""Tacotron 2's LinearNorm wrapper as the head of a bidirectional LSTM, sized for one direction."""
import torch
import torch.nn as nn


class LinearNorm(nn.Module):
    def __init__(self, in_dim, out_dim, bias=True, w_init_gain="linear"):
        super().__init__()
        self.linear_layer = nn.Linear(in_dim, out_dim, bias=bias)
        nn.init.xavier_uniform_(self.linear_layer.weight, gain=nn.init.calculate_gain(w_init_gain))

    def forward(self, x):
        return self.linear_layer(x)


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, out):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.proj = LinearNorm(hidden, out)  # fix: LinearNorm(2 * hidden, out)

    def forward(self, x):
        return self.proj(self.lstm(x)[0])


def probe():
    Encoder(3, 5, 4)(torch.randn(2, 6, 3))
