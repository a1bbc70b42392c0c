"""The evaluate loop of a seq-first forecaster permutes the loader's (B, T, F) batches to
(T, B, F) before the call, as the training loop does."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Forecaster(nn.Module):
    def __init__(self, n_features=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_features, hidden)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):  # (T, B, F)
        return self.fc(self.rnn(x)[0][-1])


def run(model, loader, train):
    total = 0.0
    for x, y in loader:
        pred = model(x.permute(1, 0, 2))
        total += ((pred - y) ** 2).mean().item() if not train else 0.0
        if train:
            ((pred - y) ** 2).mean().backward()
    return total


def probe():
    data = TensorDataset(torch.randn(20, 9, 4), torch.randn(20, 1))
    model = Forecaster()
    run(model, DataLoader(data, batch_size=6, shuffle=True), True)
    with torch.no_grad():
        assert run(model, DataLoader(data, batch_size=20), False) >= 0
