"""A residual stack built by an append loop: every layer nn.LSTM(d, d // 2, bidirectional=True),
so each gives 2 * (d // 2) = d (d even) and feeds the next alike."""
import torch
import torch.nn as nn


class ResidualBiLSTM(nn.Module):
    def __init__(self, d, n_layers):
        super().__init__()
        assert d % 2 == 0
        layers = []
        for _ in range(n_layers):
            layers.append(nn.LSTM(d, d // 2, batch_first=True, bidirectional=True))
        self.layers = nn.ModuleList(layers)

    def forward(self, x):
        for layer in self.layers:
            y, _ = layer(x)
            x = x + y
        return x


def probe():
    x = torch.randn(3, 5, 20)
    assert ResidualBiLSTM(20, 4)(x).shape == x.shape
