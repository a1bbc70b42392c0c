"""dropout = 0 if num_layers == 1 else p, as in many tutorials' Encoder."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1, dropout=0.5):
        super().__init__()
        self.gru = nn.GRU(input_size, hidden_size, n_layers,
                          dropout=(0 if n_layers == 1 else dropout), bidirectional=True)

    def forward(self, x):
        return self.gru(x)


def probe():
    Encoder(4, 6)(torch.randn(3, 2, 4))
    Encoder(4, 6, n_layers=3)(torch.randn(3, 2, 4))
