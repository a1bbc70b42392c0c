"""Batches from a BatchSampler with drop_last=True: all of BATCH rows, fixed-batch states fit."""
import torch
from torch import nn
from torch.utils.data import BatchSampler, DataLoader, RandomSampler, TensorDataset

BATCH = 8
dataset = TensorDataset(torch.randn(30, 6, 4))
loader = DataLoader(dataset, batch_sampler=BatchSampler(RandomSampler(dataset), BATCH, drop_last=True))
lstm = nn.LSTM(4, 5, batch_first=True)


def probe():
    state = (torch.zeros(1, BATCH, 5), torch.zeros(1, BATCH, 5))
    for (x,) in loader:
        out, _ = lstm(x, state)
