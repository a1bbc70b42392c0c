"""Loader options kept in a dict (drop_last among them); states sized by the batch size."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

LOADER = {"batch_size": 16, "shuffle": True, "drop_last": True}


class Model(nn.Module):
    def __init__(self, n_in, hidden, layers, batch_size):
        super().__init__()
        self.state_shape = (layers, batch_size, hidden)
        self.gru = nn.GRU(n_in, hidden, layers, batch_first=True)

    def forward(self, x):
        out, _ = self.gru(x, torch.zeros(self.state_shape))
        return out


def train(n_rows):
    loader = DataLoader(TensorDataset(torch.randn(n_rows, 5, 4)), **LOADER)
    model = Model(4, 6, 2, LOADER["batch_size"])
    for (x,) in loader:
        assert model(x).shape == (16, 5, 6)


def probe():
    train(n_rows=50)
