"""A loader of batch_size=1 and states of batch 1: every batch has one row, none is shorter."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

lstm = nn.LSTM(3, 5, batch_first=True)
state = (torch.zeros(1, 1, 5), torch.zeros(1, 1, 5))


def probe():
    for (x,) in DataLoader(TensorDataset(torch.randn(7, 4, 3)), batch_size=1, shuffle=True):
        lstm(x, state)
