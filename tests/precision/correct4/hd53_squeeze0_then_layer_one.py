"""A 2-layer LSTM's h squeezed on dim 0 (no-op) and indexed [1]: the top layer, (B, H)."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, num_layers=2, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        h = h.squeeze(0)
        return self.head(h[1])


out = Net()(torch.randn(4, 5, 3))


def probe():
    assert out.shape == (4, 2)
