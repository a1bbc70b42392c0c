"""A datamodule-like class makes data with n_features and the model takes the same value
from it."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class DataModule:
    def __init__(self, n_features=6, seq_len=10, batch_size=8):
        self.n_features, self.seq_len, self.batch_size = n_features, seq_len, batch_size

    def train_dataloader(self):
        x = torch.randn(40, self.seq_len, self.n_features)
        return DataLoader(TensorDataset(x, x[:, -1, :1]), batch_size=self.batch_size)


class Model(nn.Module):
    def __init__(self, n_features, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def probe():
    dm = DataModule()
    model = Model(dm.n_features)
    for x, y in dm.train_dataloader():
        result = model(x).shape
        assert result == y.shape
