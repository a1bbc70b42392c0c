"""The final state (B, H) unsqueezed to (B, 1, H) and multiplied with every step's output (B, T, H)."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return out * torch.sigmoid(h[-1]).unsqueeze(1)


def probe():
    assert Model()(torch.randn(2, 5, 3)).shape == (2, 5, 6)
