"""States made for the full batch, sliced [:, :B] when the last batch is shorter."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH, HIDDEN, LAYERS = 16, 12, 2


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, HIDDEN, LAYERS, batch_first=True)
        self.h = torch.zeros(LAYERS, BATCH, HIDDEN)

    def forward(self, x):
        h = self.h[:, : x.size(0)].contiguous()
        out, _ = self.gru(x, h)
        return out


def probe():
    loader = DataLoader(TensorDataset(torch.randn(40, 7, 3)), batch_size=BATCH)
    model = Model()
    for (x,) in loader:
        assert model(x).shape == (x.size(0), 7, HIDDEN)
