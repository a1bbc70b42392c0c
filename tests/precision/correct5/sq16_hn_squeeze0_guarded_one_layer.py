"""h_n.squeeze(0) only when there is one layer and one direction, h_n[-1] otherwise."""
import torch
import torch.nn as nn


class Pool(nn.Module):
    def __init__(self, n_in, hid, layers):
        super().__init__()
        self.layers = layers
        self.gru = nn.GRU(n_in, hid, layers, batch_first=True)
        self.fc = nn.Linear(hid, 2)

    def forward(self, x):
        _, h = self.gru(x)
        h = h.squeeze(0) if self.layers == 1 else h[-1]
        return self.fc(h)


def probe():
    Pool(3, 4, 1)(torch.randn(2, 5, 3))
    Pool(3, 4, 3)(torch.randn(2, 5, 3))
