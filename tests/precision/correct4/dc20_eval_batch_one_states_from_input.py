"""Train with batch 32 drop_last, evaluate with batch_size=1; init_hidden takes the batch of the
input each time."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 7, 2, batch_first=True)

    def init_hidden(self, batch):
        return (torch.zeros(2, batch, 7), torch.zeros(2, batch, 7))

    def forward(self, x):
        return self.lstm(x, self.init_hidden(x.size(0)))[0]


ds = TensorDataset(torch.randn(70, 4, 3))
train_loader = DataLoader(ds, batch_size=32, drop_last=True)
test_loader = DataLoader(ds, batch_size=1)


def probe():
    m = Model()
    for (x,) in train_loader:
        m(x)
    for (x,) in list(test_loader)[:3]:
        result = m(x).shape
        assert result == (1, 4, 7)
