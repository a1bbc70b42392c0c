"""Grid over (layers, dropout) pairs listed by hand; every pair with dropout has >= 2 layers."""
import torch
import torch.nn as nn

SETTINGS = [(1, 0.0), (2, 0.2), (3, 0.5)]


def probe():
    for layers, dropout in SETTINGS:
        lstm = nn.LSTM(4, 6, num_layers=layers, dropout=dropout)
        lstm(torch.randn(3, 2, 4))
