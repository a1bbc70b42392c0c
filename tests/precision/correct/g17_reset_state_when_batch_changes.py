"""Carried states are rebuilt when a batch has another size than the state."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 10
lstm = nn.LSTM(4, 6, batch_first=True)


def init(batch):
    return torch.zeros(1, batch, 6), torch.zeros(1, batch, 6)


def probe():
    loader = DataLoader(TensorDataset(torch.randn(25, 3, 4)), batch_size=BATCH)
    state = init(BATCH)
    for (x,) in loader:
        if x.size(0) != state[0].size(1):
            state = init(x.size(0))
        out, state = lstm(x, tuple(s.detach() for s in state))
