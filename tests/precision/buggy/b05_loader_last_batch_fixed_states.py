# expect: LC009 line 17
"""States of self.batch_size rows; the loader's last batch has 6 (70 rows, batches of 16)."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 16


class Tagger(nn.Module):
    def __init__(self, batch_size, hidden=12):
        super().__init__()
        self.batch_size, self.hidden = batch_size, hidden
        self.lstm = nn.LSTM(5, hidden, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, self.batch_size, self.hidden)  # fix: x.size(0) rows
        out, _ = self.lstm(x, (h0, h0))
        return out


def probe():
    model = Tagger(BATCH)
    for (x,) in DataLoader(TensorDataset(torch.randn(70, 4, 5)), batch_size=BATCH):
        model(x)
