"""A loader with a short last batch handed to fit(); the model sizes its states from each batch."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(1, x.size(0), self.hidden)
        return self.lstm(x, (h, h))[0]


def fit(model, loader, epochs=2):
    for _ in range(epochs):
        for x, y in loader:
            loss = ((model(x)[:, -1, 0] - y) ** 2).mean()
    return loss


def probe():
    loader = DataLoader(TensorDataset(torch.randn(21, 5, 3), torch.randn(21)), batch_size=4, shuffle=True)
    loss = fit(Model(), loader)
    assert loss.dim() == 0
