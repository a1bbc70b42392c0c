"""Evaluation one sequence at a time with states of batch 1 made for it, as the loader has
batch_size=1."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

HID = 9
gru = nn.GRU(4, HID, num_layers=2, batch_first=True)


def evaluate(dataset):
    loader = DataLoader(dataset, batch_size=1)
    for (x,) in loader:
        h = torch.zeros(2, 1, HID)
        out, h = gru(x, h)
    return out


def probe():
    evaluate(TensorDataset(torch.randn(5, 6, 4)))
