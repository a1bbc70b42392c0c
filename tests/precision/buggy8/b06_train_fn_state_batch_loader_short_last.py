# expect: LC009 line 10
"""A train function makes the state from the loader's batch size and carries it; the loader
keeps a short last batch (50 rows, batches of 8)."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


def train(model, dataset, batch_size):
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=True)  # fix: drop_last=True
    hidden = torch.zeros(1, batch_size, model.hidden_size)
    for (x,) in loader:
        out, hidden = model(x, hidden.detach())
    return out


def probe():
    train(nn.GRU(3, 9, batch_first=True), TensorDataset(torch.randn(50, 6, 3)), 8)
