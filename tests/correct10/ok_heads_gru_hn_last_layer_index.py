"""A three-layer GRU's h_n[-1] is the top layer, hidden wide, for the head."""
import torch
import torch.nn as nn


class Deep(nn.Module):
    def __init__(self, n_in=4, hidden=9, layers=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h_n = self.gru(x)
        return self.fc(h_n[-1])


def probe():
    Deep()(torch.randn(5, 6, 4))
