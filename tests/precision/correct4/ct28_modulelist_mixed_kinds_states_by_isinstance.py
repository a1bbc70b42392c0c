"""A ModuleList of an LSTM then a GRU; the states for each are made by isinstance."""
import torch
import torch.nn as nn


class Mixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnns = nn.ModuleList()
        self.rnns.append(nn.LSTM(3, 6))
        self.rnns.append(nn.GRU(6, 6))

    def forward(self, x):
        for rnn in self.rnns:
            h = torch.zeros(1, x.size(1), rnn.hidden_size)
            state = (h, h.clone()) if isinstance(rnn, nn.LSTM) else h
            x, _ = rnn(x, state)
        return x


def probe():
    result = Mixed()(torch.randn(4, 2, 3)).shape
    assert result == (4, 2, 6)
