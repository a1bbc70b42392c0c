"""Online training one sequence at a time: the loader's batch_size is 1, so states of batch 1
fit every batch whatever the dataset's length."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class OneAtATime(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h0 = torch.zeros(1, 1, self.hidden)
        c0 = torch.zeros(1, 1, self.hidden)
        y, _ = self.lstm(x, (h0, c0))
        return self.out(y[:, -1])


def train(n):
    data = TensorDataset(torch.randn(n, 8, 3), torch.randn(n, 1))
    model = OneAtATime(n_in=3, hidden=5)
    for x, y in DataLoader(data, batch_size=1, shuffle=True):
        nn.functional.mse_loss(model(x), y).backward()


def probe():
    train(n=7)
