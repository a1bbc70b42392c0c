# expect: LC009 line 17
"""States made for BATCH_SIZE rows; 50 rows in batches of 16 leave a last batch of 2."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 16
HIDDEN = 10


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, HIDDEN, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, BATCH_SIZE, HIDDEN)  # fix: x.size(0) rows
        out, _ = self.lstm(x, (h0, h0))
        return out


def probe():
    model = Model()
    for (x,) in DataLoader(TensorDataset(torch.randn(50, 6, 4)), batch_size=BATCH_SIZE):
        model(x)
