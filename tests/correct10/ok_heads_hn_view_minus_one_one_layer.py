"""h_n.view(-1, hidden) of a one-layer, one-direction LSTM is (batch, hidden)."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, n_in=5, hidden=14, classes=2):
        super().__init__()
        self.hidden = hidden
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        _, (h_n, _) = self.lstm(x)
        return self.fc(h_n.view(-1, self.hidden))


def probe():
    out = Net()(torch.randn(6, 9, 5))
    assert out.shape == (6, 2)
