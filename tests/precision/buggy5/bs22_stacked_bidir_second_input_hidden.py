# expect: LC008 line 11
"""The second LSTM of a stack takes the first's bidirectional output but is built for hidden."""
import torch
import torch.nn as nn


class Stacked(nn.Module):
    def __init__(self, n_in=4, hid=3):
        super().__init__()
        self.first = nn.LSTM(n_in, hid, batch_first=True, bidirectional=True)
        self.second = nn.LSTM(hid, hid, batch_first=True)  # fix: 2 * hid

    def forward(self, x):
        y, _ = self.first(x)
        return self.second(y)[0]


def probe():
    Stacked()(torch.randn(2, 5, 4))
