"""An append loop whose first layer takes the input and the rest the hidden width, read back by
index `self.layers[i]` in forward with a dropout between."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, n_layers):
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(n_layers):
            self.layers.append(nn.GRU(n_in if i == 0 else hidden, hidden))
        self.drop = nn.Dropout(0.2)

    def forward(self, x):
        for i in range(len(self.layers)):
            x, _ = self.layers[i](x)
            x = self.drop(x)
        return x


def probe():
    assert Encoder(3, 8, 4)(torch.randn(6, 2, 3)).shape == (6, 2, 8)
