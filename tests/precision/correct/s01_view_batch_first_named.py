"""A flat signal viewed (batch, steps, features) for a batch-first LSTM; states (1, batch, H)."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, batch, steps, features=6, hidden=8):
        super().__init__()
        self.batch, self.steps, self.features = batch, steps, features
        self.lstm = nn.LSTM(features, hidden, batch_first=True)
        self.hidden = hidden

    def forward(self, flat):
        h = torch.zeros(1, self.batch, self.hidden)
        x = flat.view(self.batch, self.steps, self.features)
        return self.lstm(x, (h, h))[0]


def probe():
    assert Net(4, 5)(torch.randn(4 * 5 * 6)).shape == (4, 5, 8)
