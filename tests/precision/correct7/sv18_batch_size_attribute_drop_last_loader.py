"""init_hidden uses self.batch_size set in __init__; the loader uses the same batch size with
drop_last=True, so every batch has that many rows."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Model(nn.Module):
    def __init__(self, n_in, hidden, batch_size):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.hidden_size, self.batch_size = hidden, batch_size

    def init_hidden(self):
        self.h = torch.zeros(1, self.batch_size, self.hidden_size)

    def forward(self, x):
        out, self.h = self.gru(x, self.h.detach())
        return out


def probe():
    B = 6
    model = Model(2, 5, B)
    model.init_hidden()
    for (x,) in DataLoader(TensorDataset(torch.randn(40, 3, 2)), batch_size=B, drop_last=True):
        assert model(x).shape == (B, 3, 5)
