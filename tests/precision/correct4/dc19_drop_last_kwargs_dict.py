"""Loader options in a dict with drop_last=True; the state is made for the configured batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

params = {"batch_size": 8, "shuffle": True, "drop_last": True}
data = TensorDataset(torch.randn(45, 6, 2))
loader = DataLoader(data, **params)
gru = nn.GRU(2, 5, batch_first=True)
h0 = torch.zeros(1, params["batch_size"], 5)


def probe():
    n = 0
    for (x,) in loader:
        out, _ = gru(x, h0)
        n += 1
    assert n == 5 and out.shape == (8, 6, 5)
