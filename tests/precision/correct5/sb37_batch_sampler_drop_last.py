"""A BatchSampler with drop_last=True drives the loader; fixed-batch states fit every batch."""
import torch
import torch.nn as nn
from torch.utils.data import BatchSampler, DataLoader, RandomSampler, TensorDataset

BATCH = 6
data = TensorDataset(torch.randn(40, 5, 3))
sampler = BatchSampler(RandomSampler(data), batch_size=BATCH, drop_last=True)
loader = DataLoader(data, batch_sampler=sampler)

rnn = nn.RNN(3, 4, batch_first=True)
h0 = torch.zeros(1, BATCH, 4)


def probe():
    for (x,) in loader:
        rnn(x, h0)
