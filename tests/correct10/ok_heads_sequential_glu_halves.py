"""A gated head: Linear to 2 * H, GLU halves it back to H, then the classifier takes H."""
import torch
import torch.nn as nn


class GatedHead(nn.Module):
    def __init__(self, n_in=6, hidden=10, classes=5):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, 2 * hidden), nn.GLU(dim=-1),
                                  nn.Linear(hidden, classes))

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def probe():
    GatedHead()(torch.randn(3, 7, 6))
