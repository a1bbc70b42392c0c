"""A dataset of 64 windows read in batches of 16 leaves no remainder, and the model is only
run on that loader, so the stored batch size is every batch's size."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 16
windows = torch.randn(64, 12, 2)
targets = torch.randn(64, 1)


class Model(nn.Module):
    def __init__(self, batch_size):
        super().__init__()
        self.batch_size = batch_size
        self.rnn = nn.RNN(2, 10, batch_first=True)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):
        h0 = torch.zeros(1, self.batch_size, 10)
        out, _ = self.rnn(x, h0)
        return self.fc(out[:, -1])


def probe():
    model = Model(BATCH_SIZE)
    for x, y in DataLoader(TensorDataset(windows, targets), batch_size=BATCH_SIZE):
        model(x)
