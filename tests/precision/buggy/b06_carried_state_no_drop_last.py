# expect: LC009 line 9
"""A state made once for the batch size and carried across a loader that keeps the short batch."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

batch_size = 8
gru = nn.GRU(3, 5, batch_first=True)
loader = DataLoader(TensorDataset(torch.randn(30, 6, 3)), batch_size=batch_size)  # fix: drop_last=True


def probe():
    h = torch.zeros(1, batch_size, 5)
    for (x,) in loader:
        out, h = gru(x, h.detach())
