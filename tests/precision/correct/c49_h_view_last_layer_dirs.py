"""The last layer's two directions picked from h_n viewed as (layers, directions, batch, hidden)."""
import torch
import torch.nn as nn


class LastLayerBiGRU(nn.Module):
    def __init__(self, n_in, hidden, layers, n_out):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_out)

    def forward(self, x):
        _, h_n = self.gru(x)
        h_n = h_n.view(self.layers, 2, x.size(0), self.hidden)
        last = h_n[-1]                                   # (2, B, H)
        last = last.transpose(0, 1).reshape(x.size(0), 2 * self.hidden)
        return self.fc(last)


def probe():
    model = LastLayerBiGRU(n_in=4, hidden=3, layers=3, n_out=2)
    assert model(torch.randn(5, 6, 4)).shape == (5, 2)
