"""Bidirectional layers in a ModuleList: the first reads the input, the others 2*hidden."""
import torch
from torch import nn


class DeepBiGRU(nn.Module):
    def __init__(self, input_size, hidden_size, depth, dropout):
        super().__init__()
        self.layers = nn.ModuleList()
        for i in range(depth):
            in_size = input_size if i == 0 else hidden_size * 2
            self.layers.append(nn.GRU(in_size, hidden_size, batch_first=True, bidirectional=True))
        self.dropout = nn.Dropout(dropout)
        self.proj = nn.Linear(hidden_size * 2, input_size)

    def forward(self, x):
        outputs = []
        for i, layer in enumerate(self.layers):
            x, _ = layer(x)
            if self.training:
                x = self.dropout(x)
            outputs.append(x)
        return self.proj(outputs[-1])


def probe():
    model = DeepBiGRU(input_size=7, hidden_size=4, depth=3, dropout=0.1)
    assert model(torch.randn(2, 5, 7)).shape == (2, 5, 7)
