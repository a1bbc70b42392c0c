"""A BatchSampler with drop_last=True feeds a stateful GRU whose state is made for BATCH rows."""
import torch
import torch.nn as nn
from torch.utils.data import BatchSampler, DataLoader, SequentialSampler, TensorDataset

BATCH = 6
data = TensorDataset(torch.randn(40, 5, 2))
loader = DataLoader(data, batch_sampler=BatchSampler(SequentialSampler(data), BATCH, drop_last=True))
gru = nn.GRU(2, 3, batch_first=True)


def probe():
    h = torch.zeros(1, BATCH, 3)
    for (x,) in loader:
        _, h = gru(x, h.detach())
    assert h.shape == (1, BATCH, 3)
