"""`[nn.LSTM(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)]` with a batch_first stack."""
import torch
import torch.nn as nn


class Funnel(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.lstms = nn.ModuleList([nn.LSTM(sizes[i], sizes[i + 1], batch_first=True)
                                    for i in range(len(sizes) - 1)])
        self.head = nn.Linear(sizes[-1], 1)

    def forward(self, x):
        for lstm in self.lstms:
            x, _ = lstm(x)
        return self.head(x[:, -1])


def probe():
    assert Funnel([6, 32, 16, 8])(torch.randn(2, 9, 6)).shape == (2, 1)
