"""Bidirectional LSTM with proj_size: h_n viewed (layers, 2, B, proj) and the last layer's
directions joined: a head of 2*proj."""
import torch
import torch.nn as nn


class M(nn.Module):
    def __init__(self, n_in, hidden, proj, layers):
        super().__init__()
        self.layers, self.proj = layers, proj
        self.rnn = nn.LSTM(n_in, hidden, layers, proj_size=proj, bidirectional=True)
        self.fc = nn.Linear(2 * proj, 1)

    def forward(self, x):
        _, (h, _) = self.rnn(x)
        h = h.view(self.layers, 2, x.size(1), self.proj)[-1]
        return self.fc(torch.cat([h[0], h[1]], dim=-1))


def probe():
    result = M(3, 10, 4, 2)(torch.randn(6, 5, 3)).shape
    assert result == (5, 1)
