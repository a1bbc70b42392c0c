"""The final states of all layers averaged: h_n (L, B, H).mean(0) for a head of width H."""
import torch
from torch import nn


class MeanOfLayers(nn.Module):
    def __init__(self, n_in: int, hidden: int, layers: int = 3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _, h_n = self.gru(x)
        return self.head(h_n.mean(dim=0))


def probe():
    result = MeanOfLayers(2, 8)(torch.randn(4, 6, 2)).shape
    assert result == (4, 1)
