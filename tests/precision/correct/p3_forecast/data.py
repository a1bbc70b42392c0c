"""Sliding windows over a multivariate series, batched with the last short batch dropped."""
import torch
from torch.utils.data import DataLoader, Dataset


class WindowDataset(Dataset):
    def __init__(self, series, window, horizon):
        self.series, self.window, self.horizon = series, window, horizon

    def __len__(self):
        return len(self.series) - self.window - self.horizon + 1

    def __getitem__(self, i):
        x = self.series[i:i + self.window]
        y = self.series[i + self.window:i + self.window + self.horizon, 0]
        return x, y


def make_loader(series, window, horizon, batch_size):
    return DataLoader(WindowDataset(series, window, horizon), batch_size=batch_size,
                      shuffle=True, drop_last=True)


def synthetic_series(length, n_features):
    t = torch.arange(length, dtype=torch.float32).unsqueeze(1)
    return torch.sin(t / 10 + torch.arange(n_features)) + 0.1 * torch.randn(length, n_features)
