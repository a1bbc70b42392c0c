# expect: LC006 line 12
"""kwargs.get('num_layers', 1) and a caller who passes dropout but not num_layers."""
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, **kwargs):
        super().__init__()
        self.rnn = nn.GRU(kwargs.get("input_size", 8), kwargs.get("hidden_size", 8),
                          num_layers=kwargs.get("num_layers", 1),
                          dropout=kwargs.get("dropout", 0.0))  # fix: no dropout, or num_layers > 1

    def forward(self, x):
        return self.rnn(x)[0]


def probe():
    Block(input_size=4, hidden_size=6, dropout=0.5)(torch.randn(3, 2, 4))
