"""A state bound to None before the loop, set by the layer on the first batch and carried;
reset to None when a batch's size differs, so the loader's short last batch starts fresh."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


def train(gru, loader):
    hidden = None
    for (x,) in loader:
        if hidden is not None and hidden.size(1) != x.size(0):
            hidden = None
        out, hidden = gru(x, hidden)
        hidden = hidden.detach()
    return out


def probe():
    loader = DataLoader(TensorDataset(torch.randn(50, 6, 3)), batch_size=8)
    out = train(nn.GRU(3, 9, 2, batch_first=True), loader)
    assert out.shape == (2, 6, 9)
