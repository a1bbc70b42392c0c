"""A layer that is always bidirectional: its states are made with num_layers * 2 rows."""
import torch
import torch.nn as nn


class BiEncoder(nn.Module):
    def __init__(self, n_in=5, hidden=6, num_layers=3):
        super().__init__()
        self.num_layers, self.hidden = num_layers, hidden
        self.rnn = nn.LSTM(n_in, hidden, num_layers, batch_first=True, bidirectional=True)

    def forward(self, x):
        h0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden)
        c0 = torch.zeros(self.num_layers * 2, x.size(0), self.hidden)
        return self.rnn(x, (h0, c0))[0]


def probe():
    out = BiEncoder()(torch.randn(2, 4, 5))
    assert out.shape == (2, 4, 12)
