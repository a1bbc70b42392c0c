"""rnn_type defaults to None and is filled in as 'lstm'."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, rnn_type=None):
        super().__init__()
        self.rnn_type = rnn_type or "lstm"
        self.hidden = hidden
        if self.rnn_type == "lstm":
            self.rnn = nn.LSTM(n_in, hidden)
        else:
            self.rnn = nn.GRU(n_in, hidden)

    def forward(self, x):
        h = torch.zeros(1, x.size(1), self.hidden)
        state = (h, h) if self.rnn_type == "lstm" else h
        return self.rnn(x, state)[0]


def probe():
    assert Encoder(3, 4)(torch.randn(5, 2, 3)).shape == (5, 2, 4)
    assert Encoder(3, 4, "gru")(torch.randn(5, 2, 3)).shape == (5, 2, 4)
