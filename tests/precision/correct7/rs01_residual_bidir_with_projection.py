"""A residual around a bidirectional layer with a projection back to the input width."""
import torch
import torch.nn as nn


class ResBiLSTM(nn.Module):
    def __init__(self, d_model, hidden):
        super().__init__()
        self.rnn = nn.LSTM(d_model, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, d_model)
        self.norm = nn.LayerNorm(d_model)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.norm(x + self.proj(y))


def probe():
    assert ResBiLSTM(10, 7)(torch.randn(2, 5, 10)).shape == (2, 5, 10)
