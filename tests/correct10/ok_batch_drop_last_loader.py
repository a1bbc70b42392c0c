"""The state is sized with the configured batch size, and the only loader drops the short
last batch, so every batch the LSTM sees has that size."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

BATCH = 8


class Regressor(nn.Module):
    def __init__(self, n_in=4, hidden=16, batch_size=BATCH):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.h0 = torch.zeros(1, batch_size, hidden)
        self.c0 = torch.zeros(1, batch_size, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x, (self.h0, self.c0))
        return self.out(y[:, -1])


def probe():
    data = TensorDataset(torch.randn(30, 5, 4), torch.randn(30, 1))
    loader = DataLoader(data, batch_size=BATCH, shuffle=True, drop_last=True)
    model = Regressor()
    for x, y in loader:
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
