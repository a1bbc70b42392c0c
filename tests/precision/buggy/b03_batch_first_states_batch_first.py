# expect: LC009 line 15
"""States built batch-first as if batch_first applied to h_0 (it does not)."""
import torch
from torch import nn


class Model(nn.Module):
    def __init__(self, n_features, hidden, layers):
        super().__init__()
        self.hidden, self.layers = hidden, layers
        self.gru = nn.GRU(n_features, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h0 = torch.zeros(x.size(0), self.layers, self.hidden)  # fix: (self.layers, x.size(0), self.hidden)
        out, _ = self.gru(x, h0)
        return self.fc(out[:, -1])


def probe():
    Model(n_features=4, hidden=8, layers=2)(torch.randn(6, 5, 4))
