# expect: LC009 line 14
"""A sequence-first LSTM given states whose batch is x.size(0), the sequence length."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6)
        self.hidden = 6

    def forward(self, x):              # (L, B, 3)
        h0 = torch.zeros(1, x.size(0), self.hidden)  # fix: x.size(1)
        return self.lstm(x, (h0, h0))[0]


def probe():
    Model()(torch.randn(10, 4, 3))
