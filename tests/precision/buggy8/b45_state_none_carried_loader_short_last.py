# expect: LC009 line 10
"""A state bound to None before the loop, made by the layer on the first batch and carried;
the loader keeps its short last batch (50 rows, batches of 8), which meets a state of 8."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


def train(gru, dataset):
    loader = DataLoader(dataset, batch_size=8, shuffle=True)  # fix: drop_last=True
    hidden = None
    for (x,) in loader:
        out, hidden = gru(x, hidden)
        hidden = hidden.detach()
    return out


def probe():
    train(nn.GRU(3, 9, 2, batch_first=True), TensorDataset(torch.randn(50, 6, 3)))
