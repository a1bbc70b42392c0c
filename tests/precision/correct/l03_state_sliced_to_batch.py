"""Stateful training: the carried state is cut to the current batch's rows."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BS = 16
lstm = nn.LSTM(3, 8, batch_first=True)
loader = DataLoader(TensorDataset(torch.randn(40, 5, 3)), batch_size=BS)


def probe():
    h, c = torch.zeros(1, BS, 8), torch.zeros(1, BS, 8)
    for (x,) in loader:
        n = x.size(0)
        out, (h, c) = lstm(x, (h[:, :n].detach(), c[:, :n].detach()))
        h = torch.cat([h, torch.zeros(1, BS - n, 8)], 1)
        c = torch.cat([c, torch.zeros(1, BS - n, 8)], 1)
