"""The dataset records its feature count from the array it holds; the model is built with
dataset.n_features, so the widths agree whatever columns were loaded."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window):
        self.series, self.window = series, window
        self.n_features = series.shape[-1]

    def __len__(self):
        return len(self.series) - self.window

    def __getitem__(self, i):
        return self.series[i:i + self.window], self.series[i + self.window, :1]


class LSTMForecast(nn.Module):
    def __init__(self, n_features, hidden=20):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden, batch_first=True)
        self.linear = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.linear(self.lstm(x)[0][:, -1])


def probe():
    ds = WindowDataset(torch.randn(100, 6), window=12)
    model = LSTMForecast(ds.n_features)
    x, y = next(iter(DataLoader(ds, batch_size=8)))
    assert model(x).shape == y.shape
