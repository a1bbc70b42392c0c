"""States made for BATCH rows; the loader handed to train() drops the last, shorter batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 8


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=5):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.h0 = torch.zeros(1, BATCH, hidden)

    def forward(self, x):
        return self.gru(x, self.h0)[0]


def train(model, loader):
    for (x,) in loader:
        out = model(x)
    return out


def probe():
    loader = DataLoader(TensorDataset(torch.randn(30, 4, 3)), batch_size=BATCH, drop_last=True)
    out = train(Model(), loader)
    assert out.shape == (BATCH, 4, 5)
