"""A residual around a bidirectional layer projects its output back to the input width."""
import torch
import torch.nn as nn


class ResBiLSTM(nn.Module):
    def __init__(self, d_model=20):
        super().__init__()
        self.lstm = nn.LSTM(d_model, d_model // 2, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(d_model)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.norm(x + out)


def probe():
    ResBiLSTM()(torch.randn(2, 7, 20))
