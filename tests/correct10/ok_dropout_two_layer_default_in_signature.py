"""The signature's default is two layers and the one builder keeps it."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_in, hidden, num_layers=2, dropout=0.3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=num_layers, dropout=dropout)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    Encoder(8, 16)(torch.randn(4, 2, 8))
