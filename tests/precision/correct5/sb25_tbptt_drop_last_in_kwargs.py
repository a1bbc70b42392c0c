"""Loader options kept in a dict with drop_last=True; states made once for BATCH rows."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 20
loader_kwargs = {"batch_size": BATCH, "shuffle": True, "drop_last": True}

rnn = nn.RNN(5, 7, num_layers=2, batch_first=True)
h0 = torch.zeros(2, BATCH, 7)


def probe():
    for (x,) in DataLoader(TensorDataset(torch.randn(95, 6, 5)), **loader_kwargs):
        rnn(x, h0)
