"""A seq-first model fed from a batch-first loader: the batch is transposed and states use size(1)."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Model(nn.Module):
    def __init__(self, n_in=4, hidden=6, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, layers)
        self.layers, self.hidden = layers, hidden

    def forward(self, x):                        # (T, B, F)
        h0 = torch.zeros(self.layers, x.size(1), self.hidden)
        c0 = torch.zeros(self.layers, x.size(1), self.hidden)
        return self.lstm(x, (h0, c0))[0][-1]


def probe():
    model = Model()
    for (x,) in DataLoader(TensorDataset(torch.randn(21, 7, 4)), batch_size=5):
        out = model(x.transpose(0, 1))
        assert out.shape == (x.size(0), 6)
