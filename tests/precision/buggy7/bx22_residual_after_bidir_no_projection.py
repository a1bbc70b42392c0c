# expect: LC007 line 10
"""A residual added around a bidirectional LSTM without a projection: x (d) + y (2H = 2d)."""
import torch
import torch.nn as nn


class ResBiLSTM(nn.Module):
    def __init__(self, d_model):
        super().__init__()
        self.rnn = nn.LSTM(d_model, d_model, batch_first=True, bidirectional=True)  # fix: d_model // 2 hidden
        self.norm = nn.LayerNorm(d_model)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.norm(x + y)


def probe():
    ResBiLSTM(10)(torch.randn(2, 5, 10))
