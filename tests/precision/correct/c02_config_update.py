"""Hyperparameters updated from a sweep dict with dict.update before building."""
import torch
from torch import nn

params = {"n_in": 3, "hidden": 4, "layers": 1, "dropout": 0.0}
params.update({"layers": 3, "dropout": 0.25, "hidden": 6})


class Net(nn.Module):
    def __init__(self, p):
        super().__init__()
        self.lstm = nn.LSTM(p["n_in"], p["hidden"], p["layers"], dropout=p["dropout"])

    def forward(self, x):
        return self.lstm(x, (torch.zeros(3, x.size(1), 6), torch.zeros(3, x.size(1), 6)))[0]


def probe():
    Net(params)(torch.randn(4, 2, 3))
