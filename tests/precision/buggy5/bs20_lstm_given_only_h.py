# expect: LC009 line 14
"""An LSTM handed one tensor as its state (a GRU habit)."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4, batch_first=True)

    def forward(self, x):
        h0 = torch.zeros(1, x.size(0), 4)
        return self.lstm(x, h0)[0]  # fix: (h0, c0)


def probe():
    Net()(torch.randn(2, 5, 3))
