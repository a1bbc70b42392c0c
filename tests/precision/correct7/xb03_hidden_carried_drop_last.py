"""A state carried across batches of a loader with drop_last=True, detached each step."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


def run():
    data = TensorDataset(torch.randn(50, 6, 4))
    loader = DataLoader(data, batch_size=8, drop_last=True)
    lstm = nn.LSTM(4, 10, batch_first=True)
    h = (torch.zeros(1, 8, 10), torch.zeros(1, 8, 10))
    for (x,) in loader:
        h = tuple(t.detach() for t in h)
        out, h = lstm(x, h)
    return out


def probe():
    assert run().shape == (8, 6, 10)
