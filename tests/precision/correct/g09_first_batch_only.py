"""A smoke test on the loader's first batch only (70 rows, batches of 32: it is full)."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Net(nn.Module):
    def __init__(self, batch_size):
        super().__init__()
        self.batch_size = batch_size
        self.gru = nn.GRU(2, 4, batch_first=True)

    def forward(self, x):
        return self.gru(x, torch.zeros(1, self.batch_size, 4))[0]


def probe():
    loader = DataLoader(TensorDataset(torch.randn(70, 5, 2)), batch_size=32, shuffle=True)
    (x,) = next(iter(loader))
    assert Net(32)(x).shape == (32, 5, 4)
