"""Stacked one-layer BiLSTMs with residuals: the first takes n_in, the rest 2 * hidden."""
import torch
import torch.nn as nn


class ResidualBiLSTM(nn.Module):
    def __init__(self, n_in=6, hidden=8, depth=3):
        super().__init__()
        self.layers = nn.ModuleList(
            nn.LSTM(n_in if i == 0 else 2 * hidden, hidden, batch_first=True, bidirectional=True)
            for i in range(depth))

    def forward(self, x):
        for i, layer in enumerate(self.layers):
            out, _ = layer(x)
            x = out if i == 0 else out + x
        return x


def probe():
    out = ResidualBiLSTM()(torch.randn(2, 4, 6))
    assert out.shape == (2, 4, 16)
