"""A recurrent output times a weight Parameter (H, K) with matmul: (B, T, H) @ (H, K)."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self, n_in, hidden, k):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.W = nn.Parameter(torch.randn(2 * hidden, k))

    def forward(self, x):
        out, _ = self.lstm(x)
        return torch.matmul(out, self.W)


def probe():
    result = Scorer(3, 4, 6)(torch.randn(2, 5, 3)).shape
    assert result == (2, 5, 6)
