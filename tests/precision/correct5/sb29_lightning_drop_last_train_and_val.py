"""Lightning-like module with fixed-batch states: both dataloaders drop the last batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Module(nn.Module):
    def __init__(self, batch_size=16, hidden=10):
        super().__init__()
        self.batch_size, self.hidden = batch_size, hidden
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)
        self.train_set = TensorDataset(torch.randn(70, 5, 4))
        self.val_set = TensorDataset(torch.randn(35, 5, 4))

    def forward(self, x):
        h = torch.zeros(1, self.batch_size, self.hidden)
        return self.fc(self.lstm(x, (h, h))[0][:, -1])

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True, drop_last=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size, drop_last=True)


def probe():
    m = Module()
    for loader in (m.train_dataloader(), m.val_dataloader()):
        for (x,) in loader:
            m(x)
